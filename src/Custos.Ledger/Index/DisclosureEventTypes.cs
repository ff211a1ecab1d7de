namespace Custos.Ledger.Index;

/// <summary>
/// The log event types the disclosure index takes in (fixed for index algorithm <see cref="DisclosureIndex.Algorithm"/>;
/// a change is a new algorithm name). Every opaque <c>ref</c> of an entry of one of these types is indexed.
/// </summary>
public static class DisclosureEventTypes
{
    /// <summary>
    /// The type ids and names of the entries that are disclosure-related (<c>custos-event/v1</c> or <c>/v2</c>). 7020
    /// <c>disclosure.unsealed</c> joined in algorithm v2: it names the customers a sealed entry left out.
    /// </summary>
    public static IReadOnlyDictionary<int, string> All { get; } = new SortedDictionary<int, string>
    {
        [5020] = "production.created",
        [5040] = "notice.scheduled",
        [5041] = "notice.withheld",
        [5060] = "notice.sent",
        [5062] = "notice.queued",
        [5070] = "preservation.started",
        [6007] = "restriction.account-restricted",
        [6008] = "restriction.notice-scheduled",
        [7020] = "disclosure.unsealed",
    };

    /// <summary>Whether an entry of type <paramref name="typeId"/> named <paramref name="typeName"/> is indexed.</summary>
    /// <param name="typeId">The entry's type id.</param>
    /// <param name="typeName">The entry's type name.</param>
    /// <returns>True when both the id and the name are those of a disclosure type.</returns>
    public static bool Contains(int typeId, string typeName) =>
        All.TryGetValue(typeId, out var name) && string.Equals(name, typeName, StringComparison.Ordinal);
}
