using Custos.Domain.Customers;

namespace Custos.Application.Customers.Files;

/// <summary>A sink that keeps the records in memory, in a <see cref="CustomerDataSet"/>.</summary>
public sealed class CustomerDataCollector : ICustomerDataSink
{
    public CustomerDataSet DataSet { get; } = new();

    public void Add(Customer customer) => DataSet.Customers.Add(customer);

    public void Add(ResidencePermit permit) => DataSet.ResidencePermits.Add(permit);

    public void Add(KycDocument document) => DataSet.KycDocuments.Add(document);

    public void Add(Wallet wallet) => DataSet.Wallets.Add(wallet);

    public void Add(Transaction transaction) => DataSet.Transactions.Add(transaction);

    public void Add(LoginEvent login) => DataSet.Logins.Add(login);

    public void Add(Holding holding) => DataSet.Holdings.Add(holding);
}
