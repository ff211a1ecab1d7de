using System.Text.Json.Serialization;

namespace Custos.Application.Proofs;

/// <summary>
/// A proof file as written in format v3 (<see cref="CompactProofFormat"/>, docs/proofs.md, "Format v3"): the same proof as
/// <see cref="DisclosureProofFile"/>, with hashes and salts in base64, each inclusion path one base64 string of its
/// hashes end to end, and the index proof one base64 string (<see cref="Ledger.Index.CompactIndexProof"/>) that leaves out
/// the empty siblings, the key, the value (the events' leaf indexes) and the algorithm (the revision's details name it).
/// </summary>
/// <param name="Format"><see cref="CompactProofFormat.FormatName"/>.</param>
/// <param name="Key">The key, 32 lower-case hex characters.</param>
/// <param name="Checkpoint">The signed checkpoint note, as published.</param>
/// <param name="Revision">The index revision the proof is against.</param>
/// <param name="Index">The key's index proof, base64 of its compact encoding.</param>
/// <param name="Events">The key's events, in log order; empty for non-membership.</param>
/// <param name="Customer">The account id and disclosure code the key is derived from, when exported for the customer; else null.</param>
internal sealed record CompactProofFile(
    string Format, string Key, string Checkpoint, CompactRevision Revision, string Index, IReadOnlyList<CompactEvent> Events,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] CompactCustomer? Customer = null);

/// <summary>The index revision in a v3 file.</summary>
/// <param name="LeafIndex">Its position in the log.</param>
/// <param name="Entry">Its log entry, base64.</param>
/// <param name="Salt">The commitment's 32-byte salt, base64.</param>
/// <param name="Details">The committed details, exactly as committed (UTF-8 JSON text).</param>
/// <param name="Inclusion">Its RFC 6962 inclusion path, the 32-byte hashes end to end, base64.</param>
internal sealed record CompactRevision(long LeafIndex, string Entry, string Salt, string Details, string Inclusion);

/// <summary>One of the key's events in a v3 file.</summary>
/// <param name="LeafIndex">Its position in the log.</param>
/// <param name="Entry">Its log entry, base64.</param>
/// <param name="Inclusion">Its RFC 6962 inclusion path, the 32-byte hashes end to end, base64.</param>
internal sealed record CompactEvent(long LeafIndex, string Entry, string Inclusion);

/// <summary>Whose key a v3 file is, as in version 2.</summary>
/// <param name="AccountId">The customer's account id at the platform.</param>
/// <param name="Code">The customer's disclosure code, 32 lower-case hex characters.</param>
internal sealed record CompactCustomer(string AccountId, string Code);
