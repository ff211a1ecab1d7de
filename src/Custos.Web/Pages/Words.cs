using Custos.Domain.Common;
using Custos.Domain.Requests;

namespace Custos.Web.Pages;

/// <summary>What the pages show for the request format's codes: words a person reads, never the codes themselves.</summary>
public static class Words
{
    public static string Of(RequestKind kind) => kind switch
    {
        RequestKind.Production => "Production of data",
        RequestKind.Preservation => "Preservation of data",
        RequestKind.Emergency => "Emergency disclosure",
        RequestKind.Freeze => "Freeze or restriction of an account",
        _ => Humanise(kind),
    };

    public static string Of(RequestChannel channel) => channel switch
    {
        RequestChannel.Portal => "the agency portal",
        RequestChannel.Api => "the agency API",
        RequestChannel.Email => "e-mail",
        RequestChannel.Post => "post",
        RequestChannel.InPerson => "in person",
        RequestChannel.Phone => "phone",
        _ => Humanise(channel),
    };

    public static string Of(AgencyType type) => type switch
    {
        AgencyType.Fiu => "Financial intelligence unit (FIU)",
        AgencyType.Tax => "Tax authority",
        AgencyType.Intelligence => "Intelligence service",
        AgencyType.Other => "Other authority",
        _ => Humanise(type),
    };

    public static string Of(LegalProcessType type) => type switch
    {
        LegalProcessType.Mlat => "Mutual legal assistance (MLAT) request",
        LegalProcessType.FiuRequest => "FIU request",
        LegalProcessType.EEvidenceProductionOrder => "EU e-Evidence production order",
        LegalProcessType.EEvidencePreservationOrder => "EU e-Evidence preservation order",
        LegalProcessType.None => "None",
        _ => Humanise(type),
    };

    public static string Of(OffenceCategory category) => category switch
    {
        OffenceCategory.ChildSexualAbuse => "Child sexual abuse",
        OffenceCategory.Tax => "Tax offence",
        _ => Humanise(category),
    };

    public static string Of(DataCategory category) => category switch
    {
        DataCategory.Subscriber => "Subscriber data (name, address, contact, account status)",
        DataCategory.KycIdentity => "Identity documents and KYC data",
        DataCategory.PaymentSource => "Means and source of payment",
        DataCategory.LoginIp => "Log-ins, IP addresses and devices",
        DataCategory.Transactions => "Transactions and wallet addresses",
        DataCategory.Balances => "Balances at a date",
        DataCategory.Content => "Content (messages, support chats, uploads)",
        _ => Humanise(category),
    };

    public static string Of(TargetType type) => type switch
    {
        TargetType.Account => "Account id",
        TargetType.Email => "E-mail address",
        TargetType.Phone => "Phone number",
        TargetType.Wallet => "Wallet address",
        TargetType.Txid => "Transaction hash",
        TargetType.CounterpartyOfWallet => "Everyone who transacted with a wallet",
        TargetType.Name => "Name of a person",
        TargetType.Country => "Everyone linked to a country",
        _ => Humanise(type),
    };

    public static string Of(TargetRole role) => role switch
    {
        TargetRole.Unknown => "Role not stated",
        _ => Humanise(role),
    };

    /// <summary><c>CourtOrder</c> → "Court order": the member's words with the first capitalised.</summary>
    public static string Humanise<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var text = KebabCase.Format(value).Replace('-', ' ');
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }
}
