namespace Custos.Domain.Restrictions;

/// <summary>One holding valued in EUR: the amount held, the price used and its day, and the value.</summary>
/// <param name="Asset">The asset code.</param>
/// <param name="Amount">The amount held.</param>
/// <param name="HeldOn">The day of the holding record used.</param>
/// <param name="Price">The price used (the latest on or before the evaluation day).</param>
/// <param name="Eur">The value in EUR.</param>
public sealed record ValuedHolding(string Asset, decimal Amount, DateOnly HeldOn, AssetPrice Price, decimal Eur);
