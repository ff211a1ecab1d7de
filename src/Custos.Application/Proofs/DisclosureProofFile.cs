using System.Text.Json.Serialization;

namespace Custos.Application.Proofs;

/// <summary>
/// A self-contained, offline-verifiable proof of what the log holds about one disclosure index key (docs/proofs.md):
/// the signed checkpoint, the index revision in it (with what opens its commitment), the key's index proof against that
/// revision's root, and the key's events with their inclusion proofs. Serialised as camelCase JSON. Version 2 adds
/// <see cref="Customer"/>, the account id and disclosure code the key is derived from, when the operator exports the file
/// for the customer with their code; a file without it is written as version 1, as before.
/// </summary>
/// <param name="Format"><see cref="FormatName"/>, or <see cref="FormatWithCustomer"/> when the file carries <see cref="Customer"/>;
/// <see cref="CompactProofFormat.FormatName"/> for the proof read from a version 3 file, which is written from this record by
/// <see cref="CompactProofFormat.Write"/>.</param>
/// <param name="Key">The key, 32 lower-case hex characters.</param>
/// <param name="Checkpoint">The signed checkpoint note, as published.</param>
/// <param name="Revision">The index revision the proof is against.</param>
/// <param name="Index">The key's membership or non-membership proof.</param>
/// <param name="Events">The key's events, in log order; empty for non-membership.</param>
public sealed record DisclosureProofFile(
    string Format, string Key, string Checkpoint, ProofRevision Revision, ProofIndex Index, IReadOnlyList<ProofEvent> Events)
{
    /// <summary>The format name of a file without <see cref="Customer"/>.</summary>
    public const string FormatName = "custos-disclosure-proof/v1";

    /// <summary>The format name of a file with <see cref="Customer"/>.</summary>
    public const string FormatWithCustomer = "custos-disclosure-proof/v2";

    /// <summary>
    /// Version 2 only: the account id and the disclosure code that <see cref="Key"/> is derived from
    /// (<see cref="Ledger.CustomerIndexKey"/>), so that the customer can check the key is theirs. Absent in version 1.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ProofCustomer? Customer { get; init; }
}

/// <summary>Whose key a proof file is: the customer's account id and disclosure code.</summary>
/// <param name="AccountId">The customer's account id at the platform.</param>
/// <param name="Code">The customer's disclosure code, 32 lower-case hex characters.</param>
public sealed record ProofCustomer(string AccountId, string Code);

/// <summary>The index revision a proof is against.</summary>
/// <param name="LeafIndex">Its position in the log.</param>
/// <param name="Entry">Its log entry, base64.</param>
/// <param name="Salt">The commitment's salt, lower-case hex.</param>
/// <param name="Details">The committed details, exactly as committed (UTF-8 JSON text).</param>
/// <param name="Inclusion">Its RFC 6962 inclusion proof in the checkpoint's tree, lower-case hex hashes.</param>
public sealed record ProofRevision(long LeafIndex, string Entry, string Salt, string Details, IReadOnlyList<string> Inclusion);

/// <summary>A key's index proof as written in a proof file (see <see cref="Custos.Ledger.Index.IndexProof"/>).</summary>
/// <param name="Algorithm">The index algorithm; empty in the proof read from a version 3 file, whose revision details name it.</param>
/// <param name="Value">The key's leaf indexes (membership), or null.</param>
/// <param name="Siblings">Sibling hashes from the root's children downwards, lower-case hex.</param>
/// <param name="OtherKey">For non-membership by another leaf: its key.</param>
/// <param name="OtherValueHash">That leaf's value hash.</param>
public sealed record ProofIndex(string Algorithm, IReadOnlyList<ulong>? Value, IReadOnlyList<string> Siblings, string? OtherKey, string? OtherValueHash);

/// <summary>One of the key's events.</summary>
/// <param name="LeafIndex">Its position in the log.</param>
/// <param name="Entry">Its log entry, base64.</param>
/// <param name="Inclusion">Its RFC 6962 inclusion proof in the checkpoint's tree, lower-case hex hashes.</param>
public sealed record ProofEvent(long LeafIndex, string Entry, IReadOnlyList<string> Inclusion);
