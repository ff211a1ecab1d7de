namespace Custos.Application.Production;

/// <summary>A customer whose data a package holds, with the disclosure code that gives their index key (<see cref="Ledger.CustomerIndexKey"/>).</summary>
/// <param name="AccountId">The customer's account id, as the data files' <c>accountId</c> values give it.</param>
/// <param name="Code">The customer's disclosure code, 32 lower-case hex characters.</param>
public sealed record PackageCustomer(string AccountId, string Code);
