using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Custos.Application.Common;
using Custos.Domain.Customers;
using Custos.Domain.Requests;

namespace Custos.Application.Production;

/// <summary>
/// What a preservation snapshot holds for one target and one category: the accounts the target reached when it was
/// taken and their records of that category within the request's date range (profiles and identity documents are not
/// events and are kept whole). Stored as gzip of its JSON; the SHA-256 of the JSON is ledgered and checked on every read.
/// </summary>
internal sealed record SnapshotContent
{
    public const string CurrentFormat = "custos-preservation-snapshot/1";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = false,
        Converters = { new KebabEnumJsonConverterFactory() },
    };

    public string Format { get; init; } = CurrentFormat;

    public required DataCategory Category { get; init; }

    public required TargetType TargetType { get; init; }

    /// <summary>The target's value as the preservation request gave it.</summary>
    public string? TargetValue { get; init; }

    public DateOnly? RangeFrom { get; init; }

    public DateOnly? RangeTo { get; init; }

    public required IReadOnlyList<string> Accounts { get; init; }

    public IReadOnlyList<Customer> Customers { get; init; } = [];

    public IReadOnlyList<KycDocument> KycDocuments { get; init; } = [];

    public IReadOnlyList<LoginEvent> Logins { get; init; } = [];

    public IReadOnlyList<Transaction> Transactions { get; init; } = [];

    public IReadOnlyList<Holding> Holdings { get; init; } = [];

    /// <summary>The records held (profiles, documents, sign-ins, transactions and holdings together).</summary>
    [JsonIgnore]
    public int Records => Customers.Count + KycDocuments.Count + Logins.Count + Transactions.Count + Holdings.Count;

    [JsonIgnore]
    public DayBounds Bounds => new(RangeFrom, RangeTo);

    /// <summary>The same content with only the events within <paramref name="days"/> (profiles and documents stay whole).</summary>
    public SnapshotContent Within(DayBounds days) => this with
    {
        Logins = [.. Logins.Where(l => days.Contains(l.OccurredAt))],
        Transactions = [.. Transactions.Where(t => days.Contains(t.OccurredAt))],
        Holdings = [.. Holdings.Where(h => days.Contains(h.AsOf))],
    };

    /// <summary>The records of <paramref name="parts"/> (disjoint periods of one category) together, events in order.</summary>
    public static SnapshotContent Merge(IReadOnlyList<SnapshotContent> parts)
    {
        if (parts.Count == 1)
        {
            return parts[0];
        }

        var logins = parts.SelectMany(p => p.Logins).ToList();
        logins.Sort(StoreRecords.LoginOrder);
        var transactions = parts.SelectMany(p => p.Transactions).ToList();
        transactions.Sort(StoreRecords.TransactionOrder);
        var holdings = parts.SelectMany(p => p.Holdings).ToList();
        holdings.Sort(StoreRecords.HoldingOrder);
        return parts[0] with
        {
            Accounts = [.. parts.SelectMany(p => p.Accounts).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Customers = [.. parts.SelectMany(p => p.Customers).DistinctBy(c => c.AccountId, StringComparer.Ordinal)],
            KycDocuments = [.. parts.SelectMany(p => p.KycDocuments).Distinct()],
            Logins = logins,
            Transactions = transactions,
            Holdings = holdings,
        };
    }

    /// <summary>The records as a production file holds them.</summary>
    public ProductionRecords ToRecords() => Category switch
    {
        DataCategory.Subscriber => ProductionRecords.Subscriber(Customers),
        DataCategory.KycIdentity => ProductionRecords.KycIdentity(Customers, KycDocuments),
        DataCategory.LoginIp => ProductionRecords.LoginIp(Logins),
        DataCategory.Transactions => ProductionRecords.Transactions(Transactions),
        DataCategory.Balances => ProductionRecords.Balances(Holdings),
        DataCategory.PaymentSource => ProductionRecords.Other(Category, StoreColumns.PaymentSource, []),
        DataCategory.Content => ProductionRecords.Other(Category, StoreColumns.Content, []),
        _ => throw new InvalidOperationException($"Not a data category: {Category}."),
    };

    /// <summary>The stored form (gzip of the JSON) and the lower-case hex SHA-256 of the JSON.</summary>
    public (byte[] Stored, string Sha256) Seal()
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(this, Json);
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(json);
        }

        return (compressed.ToArray(), Convert.ToHexStringLower(SHA256.HashData(json)));
    }

    /// <summary>Reads a stored snapshot back; throws when it does not match its recorded hash (the frozen copy was altered).</summary>
    public static SnapshotContent Open(byte[] stored, string sha256)
    {
        ArgumentNullException.ThrowIfNull(stored);
        using var json = new MemoryStream();
        using (var gzip = new GZipStream(new MemoryStream(stored), CompressionMode.Decompress))
        {
            gzip.CopyTo(json);
        }

        var bytes = json.GetBuffer().AsSpan(0, (int)json.Length);
        if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), sha256, StringComparison.Ordinal))
        {
            throw new InvalidDataException("A preservation snapshot does not match the SHA-256 recorded when it was taken.");
        }

        var content = JsonSerializer.Deserialize<SnapshotContent>(bytes, Json)
            ?? throw new InvalidDataException("A preservation snapshot is empty.");
        return string.Equals(content.Format, CurrentFormat, StringComparison.Ordinal)
            ? content
            : throw new InvalidDataException($"A preservation snapshot has the unknown format '{content.Format}'.");
    }
}
