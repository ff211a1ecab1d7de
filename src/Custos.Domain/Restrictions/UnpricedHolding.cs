namespace Custos.Domain.Restrictions;

/// <summary>A holding that could not be valued: no price of its asset on or before the evaluation day.</summary>
/// <param name="Asset">The asset code.</param>
/// <param name="Amount">The amount held.</param>
/// <param name="HeldOn">The day of the holding record.</param>
public sealed record UnpricedHolding(string Asset, decimal Amount, DateOnly HeldOn);
