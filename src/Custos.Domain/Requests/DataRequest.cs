namespace Custos.Domain.Requests;

/// <summary>
/// One government demand, in the interchange format of REQUEST-FORMAT.md. Fields the format allows to be absent are
/// nullable or empty: a missing officer or legal basis is a scrutiny finding (incomplete), not a parse error.
/// </summary>
public sealed record DataRequest
{
    public string? Reference { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public RequestChannel Channel { get; init; }

    public RequestKind Kind { get; init; }

    public Agency Agency { get; init; } = new();

    public Officer? Officer { get; init; }

    public LegalProcess? LegalProcess { get; init; }

    public Offence? Offence { get; init; }

    public IReadOnlyList<Target> Targets { get; init; } = [];

    public IReadOnlyList<DataCategory> DataCategories { get; init; } = [];

    public DateRange? DateRange { get; init; }

    /// <summary>The agency's own deadline, a date or a date and time.</summary>
    public DateTimeOffset? Deadline { get; init; }

    public NonDisclosure? NonDisclosure { get; init; }

    public EmergencyDetails? Emergency { get; init; }
}
