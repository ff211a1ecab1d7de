using System.Globalization;
using System.Text.Json;
using Custos.Application.Ledger;
using Custos.Application.Proofs.Sealing;
using Custos.Domain.Common;

namespace Custos.Application.Production;

/// <summary>
/// The last two links of a package's verification, which the agency can check because it holds the customers' data: the
/// manifest's customers are exactly the account ids of the data files' records, and the production event's <c>ref</c>
/// lines are exactly those customers' index keys (recomputed from account id and disclosure code) and the other
/// references the manifest lists — none missing, none extra. The sealer checks the second too, so that a package whose
/// event names other keys than its data is never released.
/// </summary>
internal static class PackageKeyCheck
{
    /// <summary>The <c>accountId</c> values of the records of every JSON data file the manifest lists.</summary>
    public static Result<SortedSet<string>> DataAccounts(PackageManifest manifest, IReadOnlyDictionary<string, byte[]> files)
    {
        var accounts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in manifest.Files.Where(f => f.Path.EndsWith(".json", StringComparison.Ordinal)))
        {
            try
            {
                using var json = JsonDocument.Parse(files[file.Path]);
                if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("records", out var records)
                    || records.ValueKind != JsonValueKind.Array)
                {
                    return PackageErrors.DataUnreadable(file.Path, "it has no records array");
                }

                foreach (var record in records.EnumerateArray())
                {
                    if (record.ValueKind != JsonValueKind.Object)
                    {
                        return PackageErrors.DataUnreadable(file.Path, "a record is not an object");
                    }

                    if (record.TryGetProperty("accountId", out var account) && account.ValueKind == JsonValueKind.String && account.GetString() is { Length: > 0 } id)
                    {
                        accounts.Add(id);
                    }
                }
            }
            catch (JsonException ex)
            {
                return PackageErrors.DataUnreadable(file.Path, ex.Message);
            }
        }

        return accounts;
    }

    /// <summary>Whether the manifest's customers are exactly <paramref name="accounts"/>, the account ids of the data.</summary>
    public static Error? CheckCustomers(PackageManifest manifest, IReadOnlySet<string> accounts)
    {
        var listed = manifest.Customers.Select(c => c.AccountId).ToHashSet(StringComparer.Ordinal);
        var unlisted = accounts.Where(a => !listed.Contains(a)).ToArray();
        var dataless = listed.Where(a => !accounts.Contains(a)).Order(StringComparer.Ordinal).ToArray();
        if (unlisted.Length == 0 && dataless.Length == 0)
        {
            return null;
        }

        var parts = new List<string>();
        if (unlisted.Length > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{unlisted.Length} account(s) in the data are not listed (first: '{unlisted[0]}')"));
        }

        if (dataless.Length > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{dataless.Length} listed account(s) have no data in the package (first: '{dataless[0]}')"));
        }

        return PackageErrors.CustomersMismatch(string.Join("; ", parts));
    }

    /// <summary>
    /// The keys <paramref name="entry"/> names: its <c>ref</c> lines, and — when it is sealed under a non-disclosure order (a
    /// public <c>sealedRefs</c>, docs/proofs.md) — the keys of the package's customers, once the seal's salt in the event's
    /// <paramref name="details"/> opens the commitment to exactly those keys. A sealed entry whose commitment is to other
    /// keys fails as <c>package.customer-keys-mismatch</c>.
    /// </summary>
    public static Result<IReadOnlyList<string>> NamedKeys(LedgerEntry entry, string? details, PackageReferences references)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(references);
        var sealedRefs = entry.Public is null ? null : StringMember(entry.Public, "sealedRefs");
        if (sealedRefs is null)
        {
            return Result<IReadOnlyList<string>>.Success(entry.References);
        }

        var salt = details is null ? null : SealSalt(details);
        if (salt is null)
        {
            return PackageErrors.CustomerKeysMismatch("the production is sealed, but its details hold no seal salt to open the commitment to its customers");
        }

        var keys = references.CustomerKeys();
        return string.Equals(SealCommitment.Commit(salt, keys), sealedRefs, StringComparison.Ordinal)
            ? Result<IReadOnlyList<string>>.Success([.. entry.References, .. keys])
            : PackageErrors.CustomerKeysMismatch(string.Create(
                CultureInfo.InvariantCulture, $"the sealed production's commitment is not to the index keys of the package's {keys.Count} customers"));
    }

    private static string? StringMember(string json, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(name, out var value)
                && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static byte[]? SealSalt(string details)
    {
        try
        {
            using var document = JsonDocument.Parse(details);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("seal", out var seal)
                || seal.ValueKind != JsonValueKind.Object || !seal.TryGetProperty("salt", out var salt) || salt.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            var hex = salt.GetString()!;
            return hex.Length == 64 && hex.All(char.IsAsciiHexDigitLower) ? Convert.FromHexString(hex) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether the event's <paramref name="refs"/> are exactly the index keys of the manifest's customers and the keys of
    /// its other references: names the number of customers' keys missing, of other references missing, and of keys extra.
    /// </summary>
    public static Error? CheckKeys(PackageReferences references, IReadOnlyList<string> refs)
    {
        var named = refs.ToHashSet(StringComparer.Ordinal);
        var customerKeys = references.CustomerKeys().ToHashSet(StringComparer.Ordinal);
        var otherKeys = references.Others.Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        var missing = customerKeys.Count(k => !named.Contains(k));
        var othersMissing = references.Others.Where(o => !named.Contains(o.Key)).Select(o => o.Kind).ToArray();
        var extra = named.Count(k => !customerKeys.Contains(k) && !otherKeys.Contains(k));
        var shared = customerKeys.Count(otherKeys.Contains);
        if (missing == 0 && othersMissing.Length == 0 && extra == 0 && shared == 0)
        {
            return null;
        }

        var parts = new List<string>();
        if (missing > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{missing} of the package's {customerKeys.Count} customers' index keys are missing from it"));
        }

        if (extra > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{extra} of its {named.Count} keys are extra: neither a customer's of the package nor a listed reference's"));
        }

        if (othersMissing.Length > 0)
        {
            parts.Add($"the listed {string.Join(", ", othersMissing)} reference(s) are missing from it");
        }

        if (shared > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{shared} customer key(s) are also listed as another reference"));
        }

        return PackageErrors.CustomerKeysMismatch(string.Join("; ", parts));
    }
}
