namespace Custos.Domain.Customers;

/// <summary>A complete set of platform customer data as read from (or written to) the documented import files.</summary>
public sealed class CustomerDataSet
{
    public List<Customer> Customers { get; } = [];
    public List<ResidencePermit> ResidencePermits { get; } = [];
    public List<KycDocument> KycDocuments { get; } = [];
    public List<Wallet> Wallets { get; } = [];
    public List<Transaction> Transactions { get; } = [];
    public List<LoginEvent> Logins { get; } = [];
    public List<Holding> Holdings { get; } = [];
}
