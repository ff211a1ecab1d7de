namespace Custos.Domain.Requests;

/// <summary>A category of customer data (REQUEST-FORMAT.md defines each).</summary>
public enum DataCategory
{
    Subscriber,
    KycIdentity,
    PaymentSource,
    LoginIp,
    Transactions,
    Balances,
    Content,
}
