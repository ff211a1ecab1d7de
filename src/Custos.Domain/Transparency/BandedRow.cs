namespace Custos.Domain.Transparency;

/// <summary>The demands a <see cref="BandRule"/> covers, published only as bands.</summary>
/// <param name="Rule">The rule's id.</param>
/// <param name="Country">The country.</param>
/// <param name="Description">What the rule covers.</param>
/// <param name="Requests">The band holding the number of demands.</param>
/// <param name="AccountsSpecified">The band holding the number of accounts they reached.</param>
/// <param name="Source">The law that allows only bands.</param>
public sealed record BandedRow(string Rule, string Country, string Description, CountBand Requests, CountBand AccountsSpecified, string Source);
