using Custos.Domain.Customers;

namespace Custos.Application.Customers.Records;

/// <summary>One customer's record as the platform holds it, with the counts of their activity.</summary>
public sealed record CustomerRecord(
    Customer Customer, IReadOnlyList<ResidencePermit> Permits, IReadOnlyList<KycDocument> Documents, IReadOnlyList<Wallet> Wallets,
    IReadOnlyList<Holding> Holdings, int TransactionCount, int LoginCount);
