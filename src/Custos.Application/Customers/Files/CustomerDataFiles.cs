namespace Custos.Application.Customers.Files;

/// <summary>
/// Names of the documented customer data files (see <c>docs/customer-data.md</c>). A data set is either a directory of
/// UTF-8 CSV files with a header row, of which only <see cref="Customers"/> is required, or one JSON file.
/// </summary>
public static class CustomerDataFiles
{
    public const string Customers = "customers.csv";
    public const string ResidencePermits = "residence-permits.csv";
    public const string KycDocuments = "kyc-documents.csv";
    public const string Wallets = "wallets.csv";
    public const string Transactions = "transactions.csv";
    public const string Logins = "logins.csv";
    public const string Holdings = "holdings.csv";

    /// <summary>The conventional name of the JSON form; any <c>.json</c> file is read as that form.</summary>
    public const string Json = "customers.json";

    /// <summary>The only JSON <c>formatVersion</c> this version reads and writes.</summary>
    public const int JsonFormatVersion = 1;

    /// <summary>The CSV files in the order they are read (customers first, so references can be checked as rows arrive).</summary>
    public static IReadOnlyList<string> CsvFiles { get; } =
        [Customers, ResidencePermits, KycDocuments, Wallets, Transactions, Logins, Holdings];
}
