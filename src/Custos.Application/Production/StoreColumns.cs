namespace Custos.Application.Production;

/// <summary>
/// The columns of the categories the customer store does not hold (REQUEST-FORMAT.md): a production of them is an empty
/// file with these headers, so that the agency sees the category was considered and nothing was held.
/// </summary>
internal static class StoreColumns
{
    /// <summary><c>payment-source</c>: the bank accounts and cards a customer funded the account with.</summary>
    public static IReadOnlyList<ProductionColumn> PaymentSource { get; } =
    [
        new("accountId", "account_id"), new("method", "method"), new("institution", "institution"), new("reference", "reference"),
        new("holderName", "holder_name"), new("addedAt", "added_at"),
    ];

    /// <summary><c>content</c>: messages, support chats and uploaded documents.</summary>
    public static IReadOnlyList<ProductionColumn> Content { get; } =
    [
        new("accountId", "account_id"), new("kind", "kind"), new("occurredAt", "occurred_at"), new("reference", "reference"),
        new("text", "text"),
    ];
}
