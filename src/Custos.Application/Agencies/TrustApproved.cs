using Custos.Application.Access;

namespace Custos.Application.Agencies;

/// <summary>An approved and applied trust decision, with what applying it gave.</summary>
/// <param name="Change">The proposal, now approved.</param>
/// <param name="Agency">The agency after the change (null for an agency key).</param>
/// <param name="ActivatedOfficerIds">The officers a verification activated.</param>
/// <param name="CreatedKey">For a new agency key, the key itself, shown this once.</param>
public sealed record TrustApproved(TrustChangeView Change, RegisteredAgency? Agency, IReadOnlyList<string> ActivatedOfficerIds, ApiKeys.CreatedKey? CreatedKey);
