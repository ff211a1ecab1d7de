namespace Custos.Application.Restrictions;

/// <summary>What applying a regime's restrictions did.</summary>
/// <param name="Report">The evaluation applied.</param>
/// <param name="Restricted">Accounts restricted now (each with a notice scheduled).</param>
/// <param name="AlreadyRestricted">Accounts the rules restrict that were restricted under the regime before.</param>
public sealed record RestrictionApplySummary(RestrictionReport Report, IReadOnlyList<string> Restricted, int AlreadyRestricted);
