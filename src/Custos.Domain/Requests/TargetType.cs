namespace Custos.Domain.Requests;

/// <summary>What a target identifier is. <c>counterparty-of-wallet</c> and <c>country</c> are bulk by nature; <c>name</c> is weak.</summary>
public enum TargetType
{
    Account,
    Email,
    Phone,
    Wallet,
    Txid,
    CounterpartyOfWallet,
    Name,
    Country,
}
