namespace Custos.Storage.Entities;

/// <summary>A transparency report as published: the exact JSON, its SHA-256 and the signed statement, served to anyone.</summary>
public sealed class PublishedReportRecord
{
    /// <summary>Lower-case hex SHA-256 of the JSON's UTF-8 bytes.</summary>
    public required string Sha256 { get; init; }

    public required DateOnly PeriodFrom { get; init; }

    /// <summary>The day after the period's last day.</summary>
    public required DateOnly PeriodTo { get; init; }

    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>The JSON exactly as published.</summary>
    public required string Json { get; init; }

    /// <summary>The C2SP signed note over the format, origin, period and SHA-256.</summary>
    public required string Statement { get; init; }
}
