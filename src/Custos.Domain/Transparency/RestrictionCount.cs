namespace Custos.Domain.Transparency;

/// <summary>Account restrictions recorded in the period for one reason (and regime).</summary>
public sealed record RestrictionCount(string Reason, string? Regime, int Accounts);
