namespace Custos.Domain.Access;

/// <summary>
/// Why a member of staff opens a customer's record. Stated before the record opens and written to the ledger with the
/// opening; the values are stable.
/// </summary>
public enum CustomerAccessPurpose
{
    /// <summary>Confirm that the customer is the person or account the request names (a name candidate, a shared wallet).</summary>
    ConfirmMatch = 1,

    /// <summary>Judge the request against the customer's data: scope, proportionality, what the targets would reach.</summary>
    AssessScope = 2,

    /// <summary>Check what a production would hold before it is decided or produced.</summary>
    PrepareProduction = 3,
}

/// <summary>Words for the purposes, for the page that asks for one and the access history that shows it.</summary>
public static class CustomerAccessPurposes
{
    /// <summary>Every purpose, in the order the console offers them.</summary>
    public static IReadOnlyList<CustomerAccessPurpose> All { get; } = Enum.GetValues<CustomerAccessPurpose>();

    /// <summary>A plain English description of <paramref name="purpose"/>.</summary>
    public static string Describe(CustomerAccessPurpose purpose) => purpose switch
    {
        CustomerAccessPurpose.ConfirmMatch => "Confirm the customer is the one the request names",
        CustomerAccessPurpose.AssessScope => "Assess the request's scope against the customer's data",
        CustomerAccessPurpose.PrepareProduction => "Check what a production would hold",
        _ => purpose.ToString(),
    };
}
