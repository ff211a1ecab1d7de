namespace Custos.Application.Production;

/// <summary>One planned item's data, where it came from and whom it concerns.</summary>
/// <param name="Data">The records, ready for <see cref="PackageBuilder"/>.</param>
/// <param name="Accounts">The account ids the records concern (the accounts the target reaches, or reached when a snapshot
/// was taken), in ordinal order.</param>
/// <param name="PreservationId">The preservation whose snapshot the records were drawn from; null when from the live store.</param>
public sealed record ProductionDataItem(ProducedItemData Data, IReadOnlyList<string> Accounts, string? PreservationId);
