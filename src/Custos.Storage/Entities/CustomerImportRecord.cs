namespace Custos.Storage.Entities;

/// <summary>One import of the platform's customer data: where it came from and what it held.</summary>
public sealed class CustomerImportRecord
{
    public required string Id { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset FinishedAt { get; init; }
    /// <summary>File or folder name the data came from (no path beyond the name).</summary>
    public required string Source { get; init; }
    public required string ImportedBy { get; init; }
    public required bool ReplacedAll { get; init; }
    public required int Customers { get; init; }
    public required int ResidencePermits { get; init; }
    public required int KycDocuments { get; init; }
    public required int Wallets { get; init; }
    public required int Transactions { get; init; }
    public required int Logins { get; init; }
    public required int Holdings { get; init; }
    /// <summary>SHA-256 of each file read, as <c>name=hex</c> lines.</summary>
    public required string FileHashes { get; init; }
}
