using System.Globalization;
using System.Text;
using Custos.Domain.Common;
using Custos.Domain.Requests;

namespace Custos.Domain.Notices;

/// <summary>
/// Writes the notice a customer receives: what was (or will be) disclosed, to which authority, under which legal
/// process, when, and how to check it in the public ledger. Plain words, no customer data beyond the account id and the
/// name used in the greeting.
/// </summary>
public static class NoticeComposer
{
    /// <summary>The notice for <paramref name="details"/>.</summary>
    public static CustomerNotice Compose(NoticeDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var inv = CultureInfo.InvariantCulture;
        var disclosed = details.DisclosedOn is not null;
        var authority = details.AgencyCountry is { Length: > 0 } country ? $"{details.AgencyName} ({country})" : details.AgencyName;
        var text = new StringBuilder();
        text.Append(details.CustomerName is { Length: > 0 } name ? $"Dear {name},\n\n" : "Dear customer,\n\n");
        text.Append(disclosed
            ? string.Create(inv, $"On {details.DisclosedOn:yyyy-MM-dd} {details.PlatformName} disclosed data about your account {details.AccountId} to {authority}.\n")
            : $"{details.PlatformName} has decided to disclose data about your account {details.AccountId} to {authority}. We are telling you before we do.\n");
        if (details.DelayReason is { Length: > 0 } delay)
        {
            text.Append("We could not tell you earlier: ").Append(delay).Append('\n');
        }

        text.Append(disclosed ? "\nWhat was disclosed:\n" : "\nWhat will be disclosed:\n");
        foreach (var item in details.Data.OrderBy(d => d.Category))
        {
            text.Append(string.Create(inv, $"- {Describe(item.Category)}, from {item.Range.From:yyyy-MM-dd} to {item.Range.To:yyyy-MM-dd}\n"));
        }

        text.Append("\nThe legal process: ").Append(Process(details.Process));
        if (details.ProcessReference is { Length: > 0 } reference)
        {
            text.Append(", reference ").Append(reference);
        }

        if (details.Issuer is { Length: > 0 } issuer)
        {
            text.Append(", issued by ").Append(issuer);
        }

        if (details.IssuedOn is { } issued)
        {
            text.Append(string.Create(inv, $" on {issued:yyyy-MM-dd}"));
        }

        if (details.LegalBasis is { Length: > 0 } basis)
        {
            text.Append(", under ").Append(basis);
        }

        text.Append(".\n\nHow to check this yourself:\n");
        text.Append("Every disclosure is recorded in a public, tamper-evident ledger that we cannot rewrite without it showing.\n");
        if (details.Ledger.LeafIndex is { } index)
        {
            text.Append(string.Create(inv, $"This disclosure is entry {index} of the ledger.\n"));
        }

        if (details.Proof is { } proof)
        {
            text.Append("- ").Append(ProofSentence(details.AccountId, proof)).Append('\n');
            text.Append("- Check the proof file from that page yourself, with the open-source custos tool:\n  custos proof verify FILE --key ")
                .Append(details.Ledger.VerifierKey).Append(" --account ").Append(details.AccountId).Append(" --code ").Append(proof.Code).Append('\n');
        }
        else
        {
            text.Append("- Ask for a proof of whether and when your data was disclosed at ").Append(details.Ledger.CheckUrl).Append('\n');
        }

        text.Append("- Verify the whole ledger with the open-source custos tool:\n  custos ledger verify --url ")
            .Append(details.Ledger.LedgerUrl).Append(" --key ").Append(details.Ledger.VerifierKey).Append('\n');
        text.Append("\nIf you want to challenge the disclosure, a lawyer can use the reference of the legal process above.\n\n");
        text.Append(details.PlatformName).Append('\n');
        var subject = disclosed
            ? $"{details.PlatformName} disclosed data about your account to {details.AgencyName}"
            : $"{details.PlatformName} will disclose data about your account to {details.AgencyName}";
        return new CustomerNotice(subject, text.ToString());
    }

    /// <summary>
    /// The sentences that tell a customer where to see the disclosures about them with their account id and disclosure
    /// code, and that their index key is the only name the public ledger knows them by.
    /// </summary>
    public static string ProofSentence(string accountId, CustomerProofKey proof)
    {
        ArgumentNullException.ThrowIfNull(proof);
        return $"See every disclosure about you, or the proof that there was none, at {proof.ProofUrl} with your account id {accountId} and your "
            + $"disclosure code {proof.Code}. The public ledger names you only by your index key {proof.IndexKey}, which your account id and "
            + "code give and which nobody without the code can link to you: keep the code to yourself.";
    }

    /// <summary>A data category in words (REQUEST-FORMAT.md).</summary>
    public static string Describe(DataCategory category) => category switch
    {
        DataCategory.Subscriber => "your name, postal address, e-mail, phone number, and when your account was opened and its status",
        DataCategory.KycIdentity => "your identity documents' details, date and place of birth and nationality",
        DataCategory.PaymentSource => "your bank accounts and cards used to fund your account",
        DataCategory.LoginIp => "your sign-ins: times, IP addresses and devices",
        DataCategory.Transactions => "your deposits, withdrawals, trades and transfers, with the wallet addresses used",
        DataCategory.Balances => "your holdings",
        DataCategory.Content => "your messages, support chats and uploaded documents",
        _ => KebabCase.Format(category),
    };

    /// <summary>A legal process in words, with its article.</summary>
    public static string Process(LegalProcessType process) => process switch
    {
        LegalProcessType.Subpoena => "a subpoena",
        LegalProcessType.AdministrativeSubpoena => "an administrative subpoena",
        LegalProcessType.CourtOrder => "a court order",
        LegalProcessType.SearchWarrant => "a search warrant",
        LegalProcessType.Mlat => "a request under a mutual legal assistance treaty",
        LegalProcessType.FiuRequest => "a request of a financial intelligence unit",
        LegalProcessType.EEvidenceProductionOrder => "a European Production Order",
        LegalProcessType.EEvidencePreservationOrder => "a European Preservation Order",
        LegalProcessType.PreservationLetter => "a preservation letter",
        LegalProcessType.EmergencyDisclosure => "an emergency disclosure request",
        _ => "no formal legal process",
    };
}
