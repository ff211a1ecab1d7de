namespace Custos.Domain.Requests;

/// <summary>The requesting authority.</summary>
public sealed record Agency
{
    public string? Name { get; init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? Country { get; init; }

    public AgencyType Type { get; init; } = AgencyType.Other;

    public string? Email { get; init; }

    public string? Domain { get; init; }

    public AgencyVerification Verification { get; init; } = AgencyVerification.None;
}
