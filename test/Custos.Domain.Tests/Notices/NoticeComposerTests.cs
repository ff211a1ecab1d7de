using Custos.Domain.Decisions;
using Custos.Domain.Notices;
using Custos.Domain.Requests;

namespace Custos.Domain.Tests.Notices;

public class NoticeComposerTests
{
    private static readonly NoticeDetails Details = new()
    {
        AccountId = "C1042",
        CustomerName = "Ana Petrova",
        PlatformName = "Example Exchange",
        AgencyName = "Federal Bureau of Investigation",
        AgencyCountry = "US",
        Process = LegalProcessType.CourtOrder,
        ProcessReference = "2:21-mj-0042",
        Issuer = "U.S. District Court for the Eastern District of Virginia",
        IssuedOn = new DateOnly(2026, 2, 20),
        LegalBasis = "18 U.S.C. 2703(d)",
        Data = [new DisclosedData(DataCategory.Transactions, new ItemRange(new(2021, 1, 15), new(2021, 2, 28))), new DisclosedData(DataCategory.Subscriber, new ItemRange(new(2021, 1, 1), new(2021, 3, 31)))],
        DisclosedOn = new DateOnly(2026, 3, 5),
        DelayReason = "a non-disclosure order ran until 2026-09-30.",
        Ledger = new LedgerPointer("https://custos.example/check", "https://custos.example/ledger/", "custos.example/ledger+abcd1234+AQ==", 1234),
    };

    [Fact]
    public void Compose_AfterDisclosure_SaysWhatToWhomUnderWhichProcessWhenAndHowToCheck()
    {
        var notice = NoticeComposer.Compose(Details);

        Assert.Equal("Example Exchange disclosed data about your account to Federal Bureau of Investigation", notice.Subject);
        Assert.StartsWith("Dear Ana Petrova,\n\nOn 2026-03-05 Example Exchange disclosed data about your account C1042 to Federal Bureau of Investigation (US).\n", notice.Body, StringComparison.Ordinal);
        Assert.Contains("We could not tell you earlier: a non-disclosure order ran until 2026-09-30.\n", notice.Body, StringComparison.Ordinal);
        Assert.Contains("What was disclosed:\n- your name, postal address", notice.Body, StringComparison.Ordinal);
        Assert.Contains("from 2021-01-01 to 2021-03-31\n- your deposits, withdrawals, trades and transfers, with the wallet addresses used, from 2021-01-15 to 2021-02-28\n", notice.Body, StringComparison.Ordinal);
        Assert.Contains("The legal process: a court order, reference 2:21-mj-0042, issued by U.S. District Court for the Eastern District of Virginia on 2026-02-20, under 18 U.S.C. 2703(d).", notice.Body, StringComparison.Ordinal);
        Assert.Contains("This disclosure is entry 1234 of the ledger.", notice.Body, StringComparison.Ordinal);
        Assert.Contains("https://custos.example/check", notice.Body, StringComparison.Ordinal);
        Assert.Contains("custos ledger verify --url https://custos.example/ledger/ --key custos.example/ledger+abcd1234+AQ==", notice.Body, StringComparison.Ordinal);
        Assert.EndsWith("Example Exchange\n", notice.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_BeforeProductionWithoutOptionalFields_SaysItWillHappenAndOmitsWhatIsUnknown()
    {
        var notice = NoticeComposer.Compose(Details with
        {
            CustomerName = null, AgencyCountry = null, DisclosedOn = null, DelayReason = null, ProcessReference = null, Issuer = null,
            IssuedOn = null, LegalBasis = null, Process = LegalProcessType.Subpoena, Ledger = Details.Ledger with { LeafIndex = null },
        });

        Assert.Equal("Example Exchange will disclose data about your account to Federal Bureau of Investigation", notice.Subject);
        Assert.StartsWith("Dear customer,\n\nExample Exchange has decided to disclose data about your account C1042 to Federal Bureau of Investigation. We are telling you before we do.\n", notice.Body, StringComparison.Ordinal);
        Assert.Contains("What will be disclosed:", notice.Body, StringComparison.Ordinal);
        Assert.Contains("The legal process: a subpoena.\n", notice.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("could not tell you earlier", notice.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("entry", notice.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_WithTheCustomersCode_GivesCodeAndKeyAndPointsToTheProofPage()
    {
        var proof = new CustomerProofKey("https://custos.example/disclosures", "62f0f51b8338104cab033d6364acef31", "aae8b4877f3b27c1ff2fbef791356883");

        var notice = NoticeComposer.Compose(Details with { Proof = proof, Ledger = Details.Ledger with { LeafIndex = null } });

        Assert.Contains(
            "- See every disclosure about you, or the proof that there was none, at https://custos.example/disclosures with your account id C1042 and your disclosure code 62f0f51b8338104cab033d6364acef31. "
            + "The public ledger names you only by your index key aae8b4877f3b27c1ff2fbef791356883, which your account id and code give",
            notice.Body, StringComparison.Ordinal);
        Assert.Contains(
            "  custos proof verify FILE --key custos.example/ledger+abcd1234+AQ== --account C1042 --code 62f0f51b8338104cab033d6364acef31\n", notice.Body, StringComparison.Ordinal);
        Assert.Contains("custos ledger verify --url https://custos.example/ledger/", notice.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("https://custos.example/check", notice.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("entry", notice.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_EveryCategoryAndProcess_HasWords()
    {
        Assert.All(Enum.GetValues<DataCategory>(), c => Assert.StartsWith("your ", NoticeComposer.Describe(c), StringComparison.Ordinal));
        Assert.All(Enum.GetValues<LegalProcessType>(), p => Assert.Matches("^(a|an|no) ", NoticeComposer.Process(p)));
    }
}
