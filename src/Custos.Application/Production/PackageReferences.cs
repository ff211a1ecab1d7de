using Custos.Application.Ledger;

namespace Custos.Application.Production;

/// <summary>
/// What the production event names, as the package's manifest opens it to the agency: every customer whose data the
/// package holds, with the disclosure code that gives their index key, and every other reference of the event (the
/// request, and the agency and officer when the request has them) with its opaque key. The event's <c>ref</c> lines are
/// exactly the customers' index keys and the others' keys, so the agency can check that the production was logged under
/// the keys of the customers whose data it received, and no other customer's (<see cref="PackageKeyCheck"/>).
/// </summary>
/// <param name="Customers">The customers, in ordinal order of account id, each once.</param>
/// <param name="Others">The other references, in ordinal order of kind.</param>
public sealed record PackageReferences(IReadOnlyList<PackageCustomer> Customers, IReadOnlyList<PackageReference> Others)
{
    /// <summary>The kinds of reference a production event names besides customers; <c>request</c> exactly once, the others at most once.</summary>
    public static IReadOnlyList<string> OtherKinds { get; } = ["agency", "officer", "request"];

    /// <summary>
    /// The references of a production event naming <paramref name="accountIds"/> and <paramref name="otherReferences"/>
    /// (<c>request:…</c>, <c>agency:…</c>, <c>officer:…</c>), with the codes and keys of <paramref name="identities"/>.
    /// </summary>
    public static PackageReferences For(LedgerIdentityKey identities, IEnumerable<string> accountIds, IEnumerable<string> otherReferences)
    {
        ArgumentNullException.ThrowIfNull(identities);
        ArgumentNullException.ThrowIfNull(accountIds);
        ArgumentNullException.ThrowIfNull(otherReferences);
        var customers = accountIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(a => new PackageCustomer(a, identities.DisclosureCode(a))).ToArray();
        var others = otherReferences.Distinct(StringComparer.Ordinal).Select(r => new PackageReference(KindOf(r), identities.Opaque(r)))
            .OrderBy(r => r.Kind, StringComparer.Ordinal).ToArray();
        if (others.Count(o => o.Kind == "request") != 1 || others.CountBy(o => o.Kind).Any(k => k.Value > 1))
        {
            throw new ArgumentException("A production event names its request once, and at most one agency and one officer.", nameof(otherReferences));
        }

        return new PackageReferences(customers, others);
    }

    /// <summary>The customers' index keys, in the order of <see cref="Customers"/>.</summary>
    public IReadOnlyList<string> CustomerKeys() => [.. Customers.Select(c => CustomerIndexKey.Derive(c.AccountId, c.Code))];

    /// <summary>The references as the event records them: <c>customer:…</c> of every customer, and the others as given.</summary>
    public static IReadOnlyList<string> EventReferences(IEnumerable<string> accountIds, IEnumerable<string> otherReferences) =>
        [.. otherReferences, .. accountIds.Select(CustomerIndexKey.Reference)];

    private static string KindOf(string reference)
    {
        var colon = reference.IndexOf(':', StringComparison.Ordinal);
        var kind = colon < 0 ? "" : reference[..colon];
        return OtherKinds.Contains(kind, StringComparer.Ordinal)
            ? kind
            : throw new ArgumentException($"A production event names no '{reference}': only a request, an agency, an officer and customers.", nameof(reference));
    }
}
