namespace Custos.Application.Agencies;

/// <summary>The agency after a verification was recorded, and the officers that it activated.</summary>
public sealed record VerificationRecorded(RegisteredAgency Agency, IReadOnlyList<string> ActivatedOfficerIds);
