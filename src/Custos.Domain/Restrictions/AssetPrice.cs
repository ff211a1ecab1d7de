namespace Custos.Domain.Restrictions;

/// <summary>The price in EUR of one unit of an asset on a day, from an imported price table.</summary>
/// <param name="Asset">The asset code as the platform writes it (<c>BTC</c>, <c>ETH</c>, <c>USDT</c> …).</param>
/// <param name="Date">The day the price is for.</param>
/// <param name="EurPrice">EUR per unit (positive).</param>
public sealed record AssetPrice(string Asset, DateOnly Date, decimal EurPrice);
