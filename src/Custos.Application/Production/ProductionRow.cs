namespace Custos.Application.Production;

/// <summary>One produced record: its values as text (the customer data files' forms; null for absent) and when it happened.</summary>
/// <param name="Cells">One value per column, in column order.</param>
/// <param name="At">When the record happened (a transaction, a sign-in, a holding's date), checked against the item's
/// range; null for records that are not events (a customer's profile, an identity document).</param>
public readonly record struct ProductionRow(IReadOnlyList<string?> Cells, DateTimeOffset? At);
