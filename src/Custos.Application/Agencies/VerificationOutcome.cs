namespace Custos.Application.Agencies;

/// <summary>What an out-of-band check of an agency found.</summary>
public enum VerificationOutcome
{
    /// <summary>The agency and its officers are who they say they are: <c>verified-out-of-band</c>.</summary>
    Verified,

    /// <summary>The check failed (nobody there knows the officer, the number is not the agency's …): <c>failed</c>.</summary>
    Failed,
}
