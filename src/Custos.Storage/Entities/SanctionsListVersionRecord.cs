namespace Custos.Storage.Entities;

/// <summary>One imported version of one sanctions list; in force while <see cref="SupersededAt"/> is null.</summary>
public sealed class SanctionsListVersionRecord
{
    public required string Id { get; init; }
    /// <summary>The list (<c>us-ofac-sdn</c>, <c>us-ofac-consolidated</c>, <c>un-sc-consolidated</c>).</summary>
    public required string ListId { get; init; }
    /// <summary>The reader's version: SHA-256 over the list id and the files' roles and SHA-256.</summary>
    public required string Version { get; init; }
    /// <summary>SHA-256 over the screened facts of every entry: equal keys screen alike.</summary>
    public required string ContentKey { get; init; }
    public required int Entries { get; init; }
    public DateTimeOffset? GeneratedAt { get; init; }
    public required DateTimeOffset ImportedAt { get; init; }
    public required string ImportedBy { get; init; }
    public DateTimeOffset? SupersededAt { get; set; }
    /// <summary>What the reader set aside, one note a line.</summary>
    public required string Notes { get; init; }
}
