namespace Custos.Storage.Entities;

/// <summary>The EUR price of one unit of an asset on a day.</summary>
public sealed class AssetPriceRecord
{
    public required string Asset { get; init; }
    public required DateOnly Date { get; init; }
    public required decimal EurPrice { get; set; }
    public required DateTimeOffset ImportedAt { get; set; }
}
