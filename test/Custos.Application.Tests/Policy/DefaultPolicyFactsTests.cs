using Custos.Application.Policy;
using Custos.Domain.Policy;

namespace Custos.Application.Tests.Policy;

/// <summary>
/// What the shipped default must cover: a profile for every jurisdiction an exchange is likely to hear from, the public
/// lists as of their latest recorded date, and the evidence sections of the political-offence exception.
/// </summary>
public class DefaultPolicyFactsTests
{
    private static readonly ScrutinyPolicy s_policy = PolicyReader.Default.Value;

    // G20 states; OECD members; EU member states and the EEA.
    private static readonly string[] s_g20 = ["AR", "AU", "BR", "CA", "CN", "FR", "DE", "IN", "ID", "IT", "JP", "MX", "RU", "SA", "ZA", "KR", "TR", "GB", "US"];
    private static readonly string[] s_oecd = ["AU", "AT", "BE", "CA", "CL", "CO", "CR", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IS", "IE", "IL", "IT", "JP", "KR",
        "LV", "LT", "LU", "MX", "NL", "NZ", "NO", "PL", "PT", "SK", "SI", "ES", "SE", "CH", "TR", "GB", "US"];
    private static readonly string[] s_euEea = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL",
        "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO"];

    // FATF, 24 October 2025.
    private static readonly string[] s_fatfBlack = ["KP", "IR", "MM"];
    private static readonly string[] s_fatfGrey = ["DZ", "AO", "BO", "BG", "CM", "CI", "CD", "HT", "KE", "LA", "LB", "MC", "NA", "NP", "SS", "SY", "VE", "VN", "VG", "YE"];

    // Freedom House, Freedom in the World 2025: Not Free.
    private static readonly string[] s_notFree2025 = ["AF", "DZ", "AZ", "BH", "BY", "BN", "BF", "BI", "KH", "CM", "CF", "TD", "CN", "CG", "CD", "CU", "DJ", "EG", "GQ", "ER",
        "SZ", "ET", "GA", "GN", "HT", "IR", "IQ", "KZ", "KW", "KG", "LA", "LY", "ML", "MM", "NI", "NE", "KP", "OM", "QA", "RU", "RW", "SA", "SO", "SS", "SD", "SY", "TJ",
        "TZ", "TH", "TR", "TM", "AE", "UG", "UZ", "VE", "VN", "YE", "ZW"];

    public static IEnumerable<object[]> RequiredJurisdictions() =>
        s_g20.Concat(s_oecd).Concat(s_euEea).Concat(s_fatfBlack).Concat(s_fatfGrey).Concat(s_notFree2025).Distinct(StringComparer.Ordinal).Select(c => new object[] { c });

    [Theory]
    [MemberData(nameof(RequiredJurisdictions))]
    public void Default_RequiredJurisdiction_HasADatedSourcedProfile(string country)
    {
        Assert.True(s_policy.Jurisdictions.TryGetValue(country, out var profile), $"{country} has no profile");
        Assert.False(string.IsNullOrWhiteSpace(profile.Name));
        Assert.True(profile.FatfListing.Entries.Count > 0, $"{country}: no FATF listing recorded");
        Assert.All(profile.FreedomHouse.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Source)));
        Assert.All(profile.FatfListing.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Source)));
    }

    [Fact]
    public void Default_JurisdictionCount_IsAtLeastTheRequiredSets() =>
        Assert.True(s_policy.Jurisdictions.Count >= RequiredJurisdictions().Count(), $"{s_policy.Jurisdictions.Count} profiles");

    [Fact]
    public void Default_FatfListsOfOctober2025_AreRecordedOnThatDay()
    {
        var day = new DateOnly(2025, 10, 24);

        Assert.All(s_fatfBlack, c => Assert.Equal(FatfListing.Black, s_policy.Jurisdictions[c].FatfListing.On(day)!.Value));
        Assert.All(s_fatfGrey, c => Assert.Equal(FatfListing.Grey, s_policy.Jurisdictions[c].FatfListing.On(day)!.Value));
        Assert.All(["ZA", "NG", "BF"], c => Assert.Equal(FatfListing.Grey, s_policy.Jurisdictions[c].FatfListing.On(day.AddDays(-1))!.Value));
        Assert.All(["ZA", "NG", "BF"], c => Assert.Equal(FatfListing.None, s_policy.Jurisdictions[c].FatfListing.On(day)!.Value));
    }

    [Fact]
    public void Default_FreedomHouse2025NotFree_AreRecordedFor2025()
    {
        var day = new DateOnly(2025, 6, 1);

        Assert.All(s_notFree2025, c => Assert.Equal(FreedomHouseStatus.NotFree, s_policy.Jurisdictions[c].FreedomHouse.On(day)?.Value));
        Assert.Equal(FreedomHouseStatus.PartlyFree, s_policy.Jurisdictions["JO"].FreedomHouse.On(day)!.Value);
        Assert.Equal(FreedomHouseStatus.PartlyFree, s_policy.Jurisdictions["TH"].FreedomHouse.On(new DateOnly(2024, 6, 1))!.Value);
    }

    [Fact]
    public void Default_EveryEuMember_IsInTheEuLegalSystemAndBoundByEEvidenceButDenmark()
    {
        var members = s_policy.Jurisdictions.Values.Where(p => p.EuMember.On(new DateOnly(2026, 9, 1))?.Value == true).ToList();

        Assert.Equal(27, members.Count);
        Assert.All(members, p => Assert.Equal("eu", p.LegalSystem));
        Assert.All(members, p => Assert.Equal(p.Country != "DK", p.EEvidence.On(new DateOnly(2026, 9, 1))?.Value == true));
    }

    [Fact]
    public void Default_Statutes_NameTheDocumentedOnes()
    {
        string[] expected = ["ru-cc-207.3", "ru-cc-280.3", "ru-coap-20.3.3", "ru-cc-282.2", "ru-cc-282.3"];
        Assert.All(expected, id => Assert.Contains(s_policy.Jurisdictions["RU"].Statutes, s => s.Id == id));
        Assert.All(["hk-nsl-22", "hk-nsl-29", "cn-cl-105"], id => Assert.Contains(s_policy.Jurisdictions["CN"].Statutes, s => s.Id == id));
        Assert.All(["BY", "TR", "IR"], c => Assert.NotEmpty(s_policy.Jurisdictions[c].Statutes));
        Assert.All(s_policy.Jurisdictions.Values.SelectMany(p => p.Statutes), s =>
        {
            Assert.NotEmpty(s.Themes);
            Assert.NotEmpty(s.Codes);
            Assert.False(string.IsNullOrWhiteSpace(s.Source), s.Id);
        });
        Assert.Equal(new DateOnly(2022, 3, 4), s_policy.Jurisdictions["RU"].Statutes.Single(s => s.Id == "ru-cc-207.3").From);
    }

    [Fact]
    public void Default_Lexicon_CoversTheRequiredLanguagesAndThemes()
    {
        var languages = s_policy.Lexicon.SelectMany(g => g.Entries).Select(e => e.Language).ToHashSet(StringComparer.Ordinal);
        var themes = s_policy.Lexicon.Select(g => g.Theme).ToHashSet();

        Assert.All(["en", "ru", "zh", "fa", "tr", "ar", "fr", "es"], l => Assert.Contains(l, languages));
        Assert.All(Enum.GetValues<PoliticalTheme>(), t => Assert.Contains(t, themes));
    }

    [Fact]
    public void Default_DualCriminalityFacts_CarryTheirDates()
    {
        var gb = s_policy.Jurisdictions["GB"].ConductNotCriminal["blasphemy"];
        var nl = s_policy.Jurisdictions["NL"].ConductNotCriminal["insulting-head-of-state"];

        Assert.Null(gb.On(new DateOnly(2008, 7, 7)));
        Assert.True(gb.On(new DateOnly(2008, 7, 8))!.Value);
        Assert.Null(nl.On(new DateOnly(2019, 12, 31)));
        Assert.True(nl.On(new DateOnly(2020, 1, 1))!.Value);
        Assert.False(s_policy.Jurisdictions["DE"].ConductNotCriminal.ContainsKey("blasphemy")); // StGB §166
    }

    [Fact]
    public void Default_CloudActAgreementWithTheUk_AppliesFrom20221003()
    {
        var agreement = Assert.Single(s_policy.Agreements, a => a.Binds("US", "GB"));

        Assert.False(agreement.InForceOn(new DateOnly(2022, 10, 2)));
        Assert.True(agreement.InForceOn(new DateOnly(2022, 10, 3)));
        Assert.True(agreement.Carries(Domain.Requests.LegalProcessType.CourtOrder, "Crime (Overseas Production Orders) Act 2019"));
        Assert.False(agreement.Carries(Domain.Requests.LegalProcessType.CourtOrder, "PACE 1984 Sch. 1"));
    }

    [Fact]
    public void Default_EEvidenceListsNonCashPaymentFraudNotAllFraud()
    {
        var row = s_policy.LegalSystems["eu"].Matrix.Single(a => a.MinPenaltyYears == 3);

        Assert.DoesNotContain(Domain.Requests.OffenceCategory.Fraud, row.ListedOffences);
        Assert.Contains(row.ListedTerms, t => t.FoundIn(FoldedText.Of("Payment card fraud with skimmed cards")));
    }
}
