using Custos.Application.Customers.Records;
using Custos.Application.Ledger;
using Custos.Domain.Common;
using Custos.Ledger.Index;
using Custos.Storage;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Proofs;

/// <summary>
/// The operator's side of a customer's proof: computes the customer's index key with the identity key, brings the
/// process's index (<see cref="DisclosureIndexCache"/>) up to the latest published revision (and refuses if it does not
/// reproduce the published root), and writes the proof file against the published checkpoint.
/// </summary>
public sealed class DisclosureProofExporter(CustosDbContext db, LedgerReader reader, LedgerIdentityKey identities, DisclosureIndexCache index)
{
    /// <summary>The proof file for customer account <paramref name="accountId"/>.</summary>
    public async Task<Result<DisclosureProofFile>> ExportAsync(string accountId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(accountId))
        {
            return Error.Invalid("proof.account-required", "Name the customer's account id.", "account");
        }

        if (!await db.Customers.AnyAsync(c => c.AccountId == accountId, cancellationToken))
        {
            return Error.NotFound("proof.account-unknown", $"No customer has the account id '{accountId}'.");
        }

        return await ExportKeyAsync(identities.Opaque(CustomerRecords.Subject(accountId)), cancellationToken);
    }

    /// <summary>
    /// The proof file for index key <paramref name="key"/> (32 lower-case hex characters), whoever's it is: the proof is a
    /// function of the public log, so it reveals nothing the log does not (the customers' page, docs/proofs.md).
    /// </summary>
    public async Task<Result<DisclosureProofFile>> ExportKeyAsync(string key, CancellationToken cancellationToken = default)
    {
        if (!DisclosureKeys.IsKey(key))
        {
            return Error.Invalid("proof.key-invalid", "A disclosure key is 32 hex characters (0-9, a-f).", "key");
        }

        var head = await reader.HeadAsync(cancellationToken);
        var revision = head is null ? null : await DisclosureIndexPublisher.LatestAsync(db, cancellationToken, head.Size);
        if (head is null || revision is null)
        {
            return Error.Conflict("proof.no-revision", "No disclosure index revision is in the published log yet; the server appends one after disclosure events are published.");
        }

        var logSize = revision.Details.LogSize;
        var root = await index.RootAtAsync(db, logSize, cancellationToken);
        if (root is not null && !string.Equals(Convert.ToHexStringLower(root), revision.Details.Root, StringComparison.Ordinal))
        {
            return Error.Conflict("proof.index-mismatch", $"The index over the first {logSize} entries does not have the root published at leaf {revision.LeafIndex}.");
        }

        var proof = root is null ? null : index.Prove(Convert.FromHexString(key), logSize);
        if (proof is null)
        {
            return Error.Conflict("proof.index-moved", $"This server's index has moved past the revision at leaf {revision.LeafIndex}, whose successor is not published yet; try again in a few seconds.");
        }

        var leaves = (proof.Value ?? []).Select(v => (long)v).ToArray();
        var entries = await db.LedgerEvents.AsNoTracking()
            .Where(e => e.LeafIndex != null && leaves.Contains(e.LeafIndex.Value))
            .ToDictionaryAsync(e => e.LeafIndex!.Value, e => e.Entry, cancellationToken);
        var events = new List<ProofEvent>();
        foreach (var leaf in leaves)
        {
            events.Add(new ProofEvent(leaf, Convert.ToBase64String(entries[leaf]), await InclusionAsync(leaf, head.Size, cancellationToken)));
        }

        return new DisclosureProofFile(
            DisclosureProofFile.FormatName,
            key,
            head.CheckpointNote,
            new ProofRevision(revision.LeafIndex, Convert.ToBase64String(revision.Entry), Convert.ToHexStringLower(revision.Salt), revision.Json,
                await InclusionAsync(revision.LeafIndex, head.Size, cancellationToken)),
            new ProofIndex(DisclosureIndex.Algorithm, proof.Value, [.. proof.Siblings.Select(Convert.ToHexStringLower)],
                proof.OtherKey is null ? null : Convert.ToHexStringLower(proof.OtherKey),
                proof.OtherValueHash is null ? null : Convert.ToHexStringLower(proof.OtherValueHash)),
            events);
    }

    /// <summary>
    /// The proof file for customer account <paramref name="accountId"/>, for the customer: as <see cref="ExportAsync"/>,
    /// in version 2 with the account id and the customer's disclosure code, so that the customer can check that the key is
    /// theirs (<c>custos proof verify FILE --key K --account ID --code CODE</c>). Give it to that customer only: with the
    /// code anyone can find the customer's entries in the public log.
    /// </summary>
    public async Task<Result<DisclosureProofFile>> ExportWithCodeAsync(string accountId, CancellationToken cancellationToken = default)
    {
        var exported = await ExportAsync(accountId, cancellationToken);
        if (!exported.IsSuccess)
        {
            return exported;
        }

        var customer = new ProofCustomer(accountId, identities.DisclosureCode(accountId));
        return CustomerIndexKey.Derive(customer.AccountId, customer.Code) == exported.Value.Key
            ? exported.Value with { Format = DisclosureProofFile.FormatWithCustomer, Customer = customer }
            : throw new InvalidOperationException("The exported key is not the customer's index key.");
    }

    private async Task<IReadOnlyList<string>> InclusionAsync(long leaf, long size, CancellationToken cancellationToken)
    {
        var proof = await reader.InclusionProofAsync(leaf, size, cancellationToken);
        return proof.IsSuccess
            ? [.. proof.Value.Proof.Select(Convert.ToHexStringLower)]
            : throw new InvalidOperationException($"No inclusion proof for published leaf {leaf}: {proof}");
    }
}
