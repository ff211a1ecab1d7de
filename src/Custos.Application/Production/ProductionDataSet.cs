namespace Custos.Application.Production;

/// <summary>The data of every planned item of a production, in plan order.</summary>
/// <param name="RequestId">The request produced for.</param>
/// <param name="Items">One entry per planned item.</param>
public sealed record ProductionDataSet(string RequestId, IReadOnlyList<ProductionDataItem> Items)
{
    /// <summary>The items' data, as <see cref="PackageBuilder"/> takes it.</summary>
    public IReadOnlyList<ProducedItemData> ProducedItems => [.. Items.Select(i => i.Data)];

    /// <summary>The preservations whose snapshots were drawn on, each once, in ordinal order: convert them with the production (<see cref="PreservationSnapshots.StageConversionAsync"/>).</summary>
    public IReadOnlyList<string> PreservationIds =>
        [.. Items.Select(i => i.PreservationId).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Every account concerned, each once, in ordinal order.</summary>
    public IReadOnlyList<string> Accounts =>
        [.. Items.SelectMany(i => i.Accounts).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
