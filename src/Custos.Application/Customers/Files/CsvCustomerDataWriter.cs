using CsvHelper;
using Custos.Domain.Common;
using Custos.Domain.Customers;
using static Custos.Application.Customers.Files.CustomerDataFormat;

namespace Custos.Application.Customers.Files;

/// <summary>
/// Writes customer records to a directory in the documented CSV form as they arrive: one UTF-8 file per record kind,
/// each with its header row, LF line endings and RFC 4180 quoting. All seven files are written (with only a header
/// when there are no records of a kind). Dispose to flush and close the files.
/// </summary>
public sealed class CsvCustomerDataWriter : ICustomerDataSink, IDisposable
{
    private static readonly CsvWriterOptions s_options = CsvWriterOptions.Default with { NewLine = "\n" };
    private readonly CsvWriter _customers;
    private readonly CsvWriter _permits;
    private readonly CsvWriter _documents;
    private readonly CsvWriter _wallets;
    private readonly CsvWriter _transactions;
    private readonly CsvWriter _logins;
    private readonly CsvWriter _holdings;

    public CsvCustomerDataWriter(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory.CreateDirectory(directory);
        _customers = Open(directory, CustomerFileSchema.Customers);
        _permits = Open(directory, CustomerFileSchema.ResidencePermits);
        _documents = Open(directory, CustomerFileSchema.KycDocuments);
        _wallets = Open(directory, CustomerFileSchema.Wallets);
        _transactions = Open(directory, CustomerFileSchema.Transactions);
        _logins = Open(directory, CustomerFileSchema.Logins);
        _holdings = Open(directory, CustomerFileSchema.Holdings);
    }

    public void Add(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        Row(_customers, [
            customer.AccountId, customer.GivenName, customer.FamilyName, customer.NativeName, FormatDate(customer.DateOfBirth),
            customer.PlaceOfBirth, customer.Nationality, customer.ResidenceCountry, customer.Email, customer.Phone,
            customer.AddressLine, customer.City, customer.PostalCode, KebabCase.Format(customer.Status),
            FormatTimestamp(customer.OpenedAt),
        ]);
    }

    public void Add(ResidencePermit permit)
    {
        ArgumentNullException.ThrowIfNull(permit);
        Row(_permits, [
            permit.AccountId, permit.Country, KebabCase.Format(permit.Kind), FormatDate(permit.ValidFrom),
            FormatDate(permit.ValidUntil),
        ]);
    }

    public void Add(KycDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Row(_documents, [
            document.AccountId, KebabCase.Format(document.Kind), document.IssuingCountry, document.Number,
            FormatDate(document.IssuedOn), FormatDate(document.ExpiresOn), FormatTimestamp(document.VerifiedAt),
        ]);
    }

    public void Add(Wallet wallet)
    {
        ArgumentNullException.ThrowIfNull(wallet);
        Row(_wallets, [wallet.AccountId, wallet.Asset, wallet.Address, FormatTimestamp(wallet.CreatedAt)]);
    }

    public void Add(Transaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        Row(_transactions, [
            transaction.TransactionId, transaction.AccountId, KebabCase.Format(transaction.Kind),
            FormatTimestamp(transaction.OccurredAt), transaction.Asset, FormatDecimal(transaction.Amount), transaction.WalletAddress,
            transaction.CounterpartyAddress, transaction.TxHash, transaction.CounterAsset, FormatDecimal(transaction.CounterAmount),
        ]);
    }

    public void Add(LoginEvent login)
    {
        ArgumentNullException.ThrowIfNull(login);
        Row(_logins, [login.LoginId, login.AccountId, FormatTimestamp(login.OccurredAt), login.IpAddress, login.Device]);
    }

    public void Add(Holding holding)
    {
        ArgumentNullException.ThrowIfNull(holding);
        Row(_holdings, [holding.AccountId, holding.Asset, FormatDecimal(holding.Amount), FormatDate(holding.AsOf)]);
    }

    public void Dispose()
    {
        _customers.Dispose();
        _permits.Dispose();
        _documents.Dispose();
        _wallets.Dispose();
        _transactions.Dispose();
        _logins.Dispose();
        _holdings.Dispose();
    }

    private static void Row(CsvWriter writer, params ReadOnlySpan<string?> values)
    {
        foreach (var value in values)
        {
            writer.WriteField(value ?? "");
        }

        writer.EndRecord();
    }

    private static CsvWriter Open(string directory, CustomerFileSchema schema)
    {
        var writer = CsvWriter.ToFile(Path.Combine(directory, schema.FileName), s_options);
        writer.WriteHeader(schema.Columns.Select(c => c.CsvName).ToArray());
        return writer;
    }
}
