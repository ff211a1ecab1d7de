namespace Custos.Application.Proofs;

/// <summary>The details of an <c>index.revision</c> event, as committed: the index root over the log's first <paramref name="LogSize"/> entries.</summary>
/// <param name="LogSize">How many log entries the index covers (leaf indexes 0 to LogSize − 1).</param>
/// <param name="Root">The index root, 64 lower-case hex characters.</param>
/// <param name="Algorithm">The index algorithm, <c>custos-disclosure-index/v2</c> (<c>/v1</c> in revisions made before v2).</param>
public sealed record IndexRevisionDetails(long LogSize, string Root, string Algorithm);
