namespace Custos.Application.Agencies;

/// <summary>A signed-in officer: who they are and whom they act for.</summary>
public sealed record OfficerPrincipal(string OfficerId, string AgencyId, string Name, string Email, string AgencyName)
{
    /// <summary>Whether the officer has enrolled a second factor (optional for officers; asked for at every sign-in once enrolled).</summary>
    public bool SecondFactorEnrolled { get; init; }
}
