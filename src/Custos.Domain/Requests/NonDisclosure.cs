namespace Custos.Domain.Requests;

/// <summary>A non-disclosure (gag) requirement attached to a demand.</summary>
public sealed record NonDisclosure
{
    public bool Required { get; init; }

    public string? Basis { get; init; }

    /// <summary>When the gag ends; null means no end was given.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>An AML tipping-off prohibition applies (a suspicious activity report is involved).</summary>
    public bool TippingOff { get; init; }
}
