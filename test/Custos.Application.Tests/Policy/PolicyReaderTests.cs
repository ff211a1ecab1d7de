using Custos.Application.Policy;
using Custos.Domain.Policy;

namespace Custos.Application.Tests.Policy;

public class PolicyReaderTests
{
    private static readonly string[] s_required =
        ["US", "GB", "DE", "FR", "IE", "LT", "MT", "NL", "CH", "RU", "BY", "UA", "CN", "IR", "KP", "TR", "IN", "BR", "AE", "SG"];

    [Fact]
    public void Default_Loads_WithoutErrors()
    {
        var policy = PolicyReader.Default;

        Assert.True(policy.IsSuccess, policy.IsSuccess ? "" : string.Join("\n", policy.Errors));
        Assert.False(string.IsNullOrWhiteSpace(policy.Value.Version));
    }

    [Fact]
    public void Default_CoversTheRequiredJurisdictions()
    {
        var jurisdictions = PolicyReader.Default.Value.Jurisdictions;

        Assert.All(s_required, c => Assert.True(jurisdictions.ContainsKey(c), $"{c} missing"));
    }

    [Fact]
    public void Default_RussianFacts_ChangeOnTheirPublicDates()
    {
        var ru = PolicyReader.Default.Value.Jurisdictions["RU"];

        Assert.Equal(FatfMembership.Member, ru.FatfMembership.On(new DateOnly(2023, 2, 23))!.Value);
        Assert.Equal(FatfMembership.Suspended, ru.FatfMembership.On(new DateOnly(2023, 2, 24))!.Value);
        Assert.Equal(EgmontStatus.Member, ru.Egmont.On(new DateOnly(2023, 10, 17))!.Value);
        Assert.Equal(EgmontStatus.Suspended, ru.Egmont.On(new DateOnly(2023, 10, 18))!.Value);
        Assert.Null(ru.InterpolSupervision.On(new DateOnly(2022, 3, 9)));
        Assert.True(ru.InterpolSupervision.On(new DateOnly(2022, 3, 10))!.Value);
        Assert.Equal(PlatformRelationship.Suspended, ru.Relationship.On(new DateOnly(2022, 2, 24))!.Value);
        Assert.Equal(FatfListing.None, ru.FatfListing.On(new DateOnly(2024, 1, 1))!.Value);
    }

    [Fact]
    public void Default_EEvidenceRows_ApplyFrom20260818()
    {
        var rows = PolicyReader.Default.Value.LegalSystems["eu"].Matrix
            .Where(a => a.Processes.Contains(Custos.Domain.Requests.LegalProcessType.EEvidenceProductionOrder)).ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(new DateOnly(2026, 8, 18), r.From));
        Assert.True(PolicyReader.Default.Value.Jurisdictions["MT"].EEvidence.On(new DateOnly(2026, 8, 18))!.Value);
        Assert.Null(PolicyReader.Default.Value.Jurisdictions["MT"].EEvidence.On(new DateOnly(2026, 8, 17)));
    }

    [Fact]
    public void Default_EveryRule_HasAnIdSourceAndMessage()
    {
        var rules = PolicyReader.Default.Value.Rules;

        Assert.True(rules.Count >= 30);
        Assert.All(rules, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Source), r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.Message), r.Id);
        });
        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Default_EveryRuleKind_IsUsedAtLeastOnce()
    {
        var used = PolicyReader.Default.Value.Rules.Select(r => r.Kind).ToHashSet();

        Assert.All(Enum.GetValues<RuleKind>(), k => Assert.Contains(k, used));
    }

    [Fact]
    public void Read_UnknownTopLevelKey_NamesItAndItsLine()
    {
        var yaml = PolicyReader.DefaultText() + "\nextraSetting: 1\n";

        var result = PolicyReader.Read(yaml);

        Assert.False(result.IsSuccess);
        var error = Assert.Single(result.Errors);
        Assert.Equal("policy.unknown-key", error.Code);
        Assert.Contains("'extraSetting'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"line {yaml.Split('\n').Length - 1}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MisspeltFactKey_NamesTheJurisdiction()
    {
        var yaml = PolicyReader.DefaultText().Replace("  RU:\n    name: \"Russia\"\n", "  RU:\n    name: \"Russia\"\n    fatff: []\n", StringComparison.Ordinal);

        var result = PolicyReader.Read(yaml);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Code == "policy.unknown-key" && e.Field == "jurisdictions.RU.fatff");
    }

    [Fact]
    public void Read_ImpossibleDate_NamesTheKey()
    {
        var yaml = PolicyReader.DefaultText().Replace("from: 2023-10-18", "from: 2023-02-30", StringComparison.Ordinal);

        var result = PolicyReader.Read(yaml);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Code == "policy.invalid-value" && e.Message.Contains("2023-02-30", StringComparison.Ordinal)
            && e.Field!.StartsWith("jurisdictions.RU.egmont", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_UnknownLegalSystemReference_IsAnError()
    {
        var yaml = PolicyReader.DefaultText().Replace("  CH:\n    name: \"Switzerland\"\n    legalSystem: ch\n", "  CH:\n    name: \"Switzerland\"\n    legalSystem: swiss\n", StringComparison.Ordinal);

        var result = PolicyReader.Read(yaml);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Code == "policy.unknown-reference" && e.Field == "jurisdictions.CH.legalSystem");
    }

    [Fact]
    public void Read_RuleMissingItsParameter_NamesIt()
    {
        var yaml = PolicyReader.DefaultText().Replace("    with: { maxTargets: 10 }\n", "", StringComparison.Ordinal);

        var result = PolicyReader.Read(yaml);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Code == "policy.missing-key" && e.Message.Contains("'maxTargets'", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ParameterTheKindDoesNotRead_IsAnError()
    {
        var yaml = PolicyReader.DefaultText().Replace("    with: { maxTargets: 10 }\n", "    with: { maxTargets: 10, maxReach: 3 }\n", StringComparison.Ordinal);

        var result = PolicyReader.Read(yaml);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Message.Contains("does not read 'maxReach'", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_UnknownEnumValue_ListsTheAllowedValues()
    {
        var yaml = PolicyReader.DefaultText().Replace("kind: too-many-targets", "kind: too-many-targetz", StringComparison.Ordinal);

        var result = PolicyReader.Read(yaml);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Message.Contains("'too-many-targetz' is not one of", StringComparison.Ordinal) && e.Field!.EndsWith(".kind", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_DuplicateRuleId_IsAnError()
    {
        var yaml = PolicyReader.DefaultText().Replace("- id: particularity.many-targets", "- id: particularity.bulk", StringComparison.Ordinal);

        var result = PolicyReader.Read(yaml);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Code == "policy.duplicate" && e.Message.Contains("particularity.bulk", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_FindingCodeOutsideTheVocabulary_IsAnError()
    {
        var yaml = PolicyReader.DefaultText().Replace("code: particularity.too-many-targets", "code: scope.too-many-targets", StringComparison.Ordinal);

        var result = PolicyReader.Read(yaml);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Field is not null && e.Field.EndsWith(".code", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_BrokenYaml_IsASyntaxErrorWithALine()
    {
        var result = PolicyReader.Read("version: \"x\nrules: [");

        Assert.False(result.IsSuccess);
        Assert.Equal("policy.syntax", result.Error.Code);
        Assert.Contains("line", result.Error.Message, StringComparison.Ordinal);
    }
}
