namespace Custos.Domain.Notices;

/// <summary>How a customer checks a disclosure in the public ledger.</summary>
/// <param name="CheckUrl">The public page where a customer obtains a proof of whether and when their data was disclosed.</param>
/// <param name="LedgerUrl">The ledger's base URL (checkpoint and tiles), for <c>custos ledger verify --url</c>.</param>
/// <param name="VerifierKey">The ledger's verifier key, <c>&lt;name&gt;+&lt;key id&gt;+&lt;base64&gt;</c>.</param>
/// <param name="LeafIndex">The production event's position in the ledger, once it is in a checkpoint; null before.</param>
public sealed record LedgerPointer(string CheckUrl, string LedgerUrl, string VerifierKey, long? LeafIndex);
