namespace Custos.Domain.Requests;

/// <summary>The legal instrument behind a demand.</summary>
public sealed record LegalProcess
{
    public LegalProcessType Type { get; init; } = LegalProcessType.None;

    public string? Reference { get; init; }

    public string? Issuer { get; init; }

    public DateOnly? IssuedOn { get; init; }

    /// <summary>Signed by an authorised official.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "\"signed\" is the field of the public request format (REQUEST-FORMAT.md).")]
    public bool Signed { get; init; }

    public string? LegalBasis { get; init; }

    /// <summary>For an MLAT: the country whose authority transmits it.</summary>
    public string? ViaCountry { get; init; }

    public IReadOnlyList<LegalDocument> Documents { get; init; } = [];
}
