namespace Custos.Domain.Scrutiny;

/// <summary>A target of a request that reaches customers whose accounts are restricted under a sanctions regime.</summary>
/// <param name="Position">The target's index in the request's targets (0-based).</param>
/// <param name="Regime">The regime id the restriction was recorded under (a key of the policy's sanctions regimes).</param>
/// <param name="Since">The day the earliest of those restrictions took effect.</param>
/// <param name="Accounts">The restricted account ids the target reaches.</param>
public sealed record RestrictedTarget(int Position, string Regime, DateOnly Since, IReadOnlyList<string> Accounts);
