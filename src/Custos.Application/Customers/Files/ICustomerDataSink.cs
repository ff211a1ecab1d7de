using Custos.Domain.Customers;

namespace Custos.Application.Customers.Files;

/// <summary>
/// Something that takes customer records one at a time: the CSV writer (which streams them to files) or a
/// <see cref="CustomerDataCollector"/> (which keeps them in a <see cref="CustomerDataSet"/>).
/// </summary>
public interface ICustomerDataSink
{
    void Add(Customer customer);

    void Add(ResidencePermit permit);

    void Add(KycDocument document);

    void Add(Wallet wallet);

    void Add(Transaction transaction);

    void Add(LoginEvent login);

    void Add(Holding holding);
}
