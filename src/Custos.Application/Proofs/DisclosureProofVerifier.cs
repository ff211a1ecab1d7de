using System.Text.Json;
using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Ledger.Index;
using Custos.Ledger.Merkle;
using Custos.Ledger.Notes;

namespace Custos.Application.Proofs;

/// <summary>
/// Checks a proof file offline with nothing but the log's verifier key (docs/proofs.md, "Verifying a proof file"), and
/// names the first thing wrong.
/// </summary>
public static class DisclosureProofVerifier
{
    /// <summary>
    /// The index algorithms a revision may name: the current one, and v1 (before <c>disclosure.unsealed</c> joined the
    /// indexed types; its trees are built the same way over fewer types), so that proofs against older revisions still verify.
    /// </summary>
    private static readonly string[] Algorithms = ["custos-disclosure-index/v1", DisclosureIndex.Algorithm];

    /// <summary>Verifies the proof file text <paramref name="json"/> against the log key <paramref name="logKey"/>.</summary>
    public static Result<DisclosureVerdict> Verify(string json, NoteVerifierKey logKey) => Verify(json, logKey, null);

    /// <summary>
    /// Verifies the proof file text <paramref name="json"/> against the log key <paramref name="logKey"/> and, given the
    /// customer's account id and disclosure code (<paramref name="customer"/>), that the file's key is theirs. A version 2
    /// file's own account id and code must give its key in any case.
    /// </summary>
    public static Result<DisclosureVerdict> Verify(string json, NoteVerifierKey logKey, ProofCustomer? customer)
    {
        ArgumentNullException.ThrowIfNull(logKey);
        DisclosureProofFile? file;
        if (CompactProofFormat.Claims(json ?? ""))
        {
            var read = CompactProofFormat.Read(json!);
            if (!read.IsSuccess)
            {
                return Result<DisclosureVerdict>.Failure(read.Errors);
            }

            file = read.Value;
        }
        else
        {
            var read = ReadVersion1Or2(json);
            if (!read.IsSuccess)
            {
                return Result<DisclosureVerdict>.Failure(read.Errors);
            }

            file = read.Value;
        }

        try
        {
            var verdict = Check(file, logKey);
            return verdict.IsSuccess ? Whose(file, customer, verdict.Value) : verdict;
        }
        catch (FormatException ex)
        {
            return Fail("proof.malformed", $"A hex or base64 field is malformed: {ex.Message}");
        }
    }

    /// <summary>A complete version 1 or 2 file (read as it always was), or what is wrong.</summary>
    private static Result<DisclosureProofFile> ReadVersion1Or2(string? json)
    {
        DisclosureProofFile? file;
        try
        {
            file = JsonSerializer.Deserialize(json ?? "", ProofFileJson.Default.DisclosureProofFile);
        }
        catch (JsonException ex)
        {
            return Error.Invalid("proof.malformed", $"The file is not a proof file: {ex.Message}");
        }

        return file is null || file.Revision is null || file.Index is null || file.Events is null
            || file.Checkpoint is null || file.Key is null || file.Index.Siblings is null || file.Revision.Inclusion is null
            || !(file.Format == DisclosureProofFile.FormatName && file.Customer is null
                || file.Format == DisclosureProofFile.FormatWithCustomer && file.Customer is { AccountId: not null, Code: not null })
            ? Error.Invalid("proof.malformed", $"The file is not a complete {DisclosureProofFile.FormatName}, {DisclosureProofFile.FormatWithCustomer} or {CompactProofFormat.FormatName} proof.")
            : file;
    }

    /// <summary>5. The key is the index key of the file's customer (version 2) and of the customer who asks, if they said who they are.</summary>
    private static Result<DisclosureVerdict> Whose(DisclosureProofFile file, ProofCustomer? customer, DisclosureVerdict verdict)
    {
        if (file.Customer is { } inFile)
        {
            if (CustomerIndexKey.ParseCode(inFile.Code) is not { } code || Convert.ToHexStringLower(code) != inFile.Code)
            {
                return Fail("proof.malformed", "The file's disclosure code is not 32 lower-case hex characters.");
            }

            if (CustomerIndexKey.Derive(inFile.AccountId, code) != file.Key)
            {
                return Fail("proof.customer-mismatch", $"The file's account id and disclosure code do not give its key {file.Key}: the file was altered.");
            }

            verdict = verdict with { AccountId = inFile.AccountId };
        }

        if (customer is not null)
        {
            if (customer.AccountId is null || CustomerIndexKey.ParseCode(customer.Code) is not { } code)
            {
                return Fail("proof.code-invalid", "A disclosure code is 32 hex characters (spaces and hyphens between them are ignored).");
            }

            var key = CustomerIndexKey.Derive(customer.AccountId, code);
            if (key != file.Key)
            {
                return Fail("proof.key-not-yours", $"The file is a proof for key {file.Key}; account {customer.AccountId} with the code given has key {key}.");
            }

            verdict = verdict with { AccountId = customer.AccountId, CodeGiven = true };
        }

        return verdict;
    }

    private static Result<DisclosureVerdict> Check(DisclosureProofFile file, NoteVerifierKey logKey)
    {
        // 1. The checkpoint is signed by the log.
        var note = SignedNote.Parse(file.Checkpoint);
        if (!note.IsSuccess || !note.Value.Verify([logKey]).IsSuccess)
        {
            return Fail("proof.checkpoint-invalid", "The checkpoint is not signed by the given log key.");
        }

        var checkpoint = Checkpoint.Parse(note.Value.Text);
        if (!checkpoint.IsSuccess)
        {
            return Fail("proof.checkpoint-invalid", "The checkpoint is malformed: " + checkpoint.Error.Message);
        }

        var size = checkpoint.Value.Size;
        var root = checkpoint.Value.GetRootHash();

        // 2. The revision is in the checkpoint's tree, is an index.revision, and its details open its commitment.
        var revisionEntry = Convert.FromBase64String(file.Revision.Entry);
        if (!Included(revisionEntry, file.Revision.LeafIndex, size, file.Revision.Inclusion, root))
        {
            return Fail("proof.revision-not-included", $"The index revision at leaf {file.Revision.LeafIndex} is not in the checkpoint of size {size}.");
        }

        var revision = LedgerEntryFormat.Parse(revisionEntry);
        if (!revision.IsSuccess || revision.Value.TypeId != LedgerEventTypes.IndexRevision.Id || revision.Value.TypeName != LedgerEventTypes.IndexRevision.Name)
        {
            return Fail("proof.revision-invalid", "The entry given as the index revision is not an index.revision event.");
        }

        if (revision.Value.Commitment != EventRecorder.Commit(Convert.FromHexString(file.Revision.Salt), file.Revision.Details))
        {
            return Fail("proof.revision-commitment", "The revision's salt and details do not open its commitment.");
        }

        IndexRevisionDetails? details;
        try
        {
            // The commitment opens, so these are the details the operator logged; they may still be malformed.
            details = JsonSerializer.Deserialize(file.Revision.Details, RevisionDetailsJson.Default.IndexRevisionDetails);
        }
        catch (JsonException)
        {
            details = null;
        }

        // A v3 file names no algorithm of its own: the revision's details do.
        var algorithmGiven = file.Format != CompactProofFormat.FormatName;
        if (details is null || !Algorithms.Contains(details.Algorithm, StringComparer.Ordinal) || (algorithmGiven && details.Algorithm != file.Index.Algorithm)
            || details.LogSize < 0 || details.LogSize > file.Revision.LeafIndex || details.Root is not { Length: 64 } rootHex
            || !rootHex.All(char.IsAsciiHexDigit))
        {
            return Fail("proof.revision-invalid", $"The revision's details are not an {DisclosureIndex.Algorithm} revision of the log before it.");
        }

        // A custos-event/v2 revision shows its details in public too; the public part must say what the commitment does.
        if (revision.Value.Public is { } shown && !SamePublicPart(shown, details))
        {
            return Fail("proof.revision-public-mismatch", $"The revision's public part {shown} does not say what its committed details do (log size {details.LogSize}, root {details.Root}).");
        }

        // 3. The key's index proof leads to the revision's root.
        var key = Convert.FromHexString(file.Key);
        var proof = new IndexProof(
            key, file.Index.Value, [.. file.Index.Siblings.Select(Convert.FromHexString)],
            file.Index.OtherKey is null ? null : Convert.FromHexString(file.Index.OtherKey),
            file.Index.OtherValueHash is null ? null : Convert.FromHexString(file.Index.OtherValueHash));
        var indexed = IndexProofVerifier.Verify(proof, Convert.FromHexString(details.Root));
        if (!indexed.IsValid)
        {
            return Fail("proof.index-invalid", "The index proof does not hold against the revision's root: " + indexed.Error!.Message);
        }

        // 4. The events are exactly the indexed ones, each a disclosure event naming the key, each in the checkpoint's tree.
        var expected = file.Index.Value ?? [];
        if (file.Events.Count != expected.Count)
        {
            return Fail("proof.events-mismatch", $"The index lists {expected.Count} events for the key; the file carries {file.Events.Count}.");
        }

        var events = new List<LedgerEntry>();
        for (var i = 0; i < expected.Count; i++)
        {
            var given = file.Events[i];
            if (given?.Entry is null || given.Inclusion is null || given.LeafIndex < 0 || (ulong)given.LeafIndex != expected[i] || given.LeafIndex >= details.LogSize)
            {
                return Fail("proof.events-mismatch", $"Event {i + 1} is not the one at leaf {expected[i]} the index lists.");
            }

            var bytes = Convert.FromBase64String(given.Entry);
            if (!Included(bytes, given.LeafIndex, size, given.Inclusion, root))
            {
                return Fail("proof.event-not-included", $"The event at leaf {given.LeafIndex} is not in the checkpoint of size {size}.");
            }

            var entry = LedgerEntryFormat.Parse(bytes);
            if (!entry.IsSuccess || !DisclosureEventTypes.Contains(entry.Value.TypeId, entry.Value.TypeName)
                || !entry.Value.References.Contains(file.Key, StringComparer.Ordinal))
            {
                return Fail("proof.event-invalid", $"The event at leaf {given.LeafIndex} is not a disclosure event naming the key.");
            }

            events.Add(entry.Value);
        }

        return new DisclosureVerdict(file.Key, (long)size, details.LogSize, events);
    }

    /// <summary>Whether a revision's public part states the same log size, root and algorithm as its committed details.</summary>
    private static bool SamePublicPart(string shown, IndexRevisionDetails details)
    {
        try
        {
            return JsonSerializer.Deserialize(shown, RevisionDetailsJson.Default.IndexRevisionDetails) is { } stated
                && stated.LogSize == details.LogSize
                && string.Equals(stated.Root, details.Root, StringComparison.Ordinal)
                && string.Equals(stated.Algorithm, details.Algorithm, StringComparison.Ordinal);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool Included(byte[] entry, long leafIndex, ulong size, IReadOnlyList<string> inclusion, byte[] root) =>
        leafIndex >= 0 && (ulong)leafIndex < size
        && ProofVerifier.VerifyInclusion(MerkleHash.HashLeaf(entry), (ulong)leafIndex, size, [.. inclusion.Select(Convert.FromHexString)], root).IsValid;

    private static Result<DisclosureVerdict> Fail(string code, string message) => Error.Invalid(code, message);
}
