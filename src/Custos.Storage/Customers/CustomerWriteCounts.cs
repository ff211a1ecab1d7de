namespace Custos.Storage.Customers;

/// <summary>Rows written by one <see cref="CustomerStore.WriteAsync"/> call, per table.</summary>
public sealed record CustomerWriteCounts(
    int Customers, int ResidencePermits, int KycDocuments, int Wallets, int Transactions, int Logins, int Holdings)
{
    public int Total => Customers + ResidencePermits + KycDocuments + Wallets + Transactions + Logins + Holdings;
}
