namespace Custos.Application.Proofs;

/// <summary>An <c>index.revision</c> event as recorded: where it is in the log, its entry, and what opens its commitment.</summary>
/// <param name="LeafIndex">Its position in the log, or −1 while not yet sequenced.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="Details">Its details.</param>
/// <param name="Salt">The commitment's salt (public for revisions).</param>
/// <param name="Json">The details exactly as committed to.</param>
/// <param name="Entry">The log entry.</param>
public sealed record IndexRevision(long LeafIndex, DateTimeOffset At, IndexRevisionDetails Details, byte[] Salt, string Json, byte[] Entry);
