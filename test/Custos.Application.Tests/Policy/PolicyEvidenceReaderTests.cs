using Custos.Application.Policy;

namespace Custos.Application.Tests.Policy;

/// <summary>
/// The reader of the evidence sections (conducts, predominance, lexicon, statutes, conduct not criminal, agreements,
/// sanctions regimes): every problem is reported with its code, key path and line, and the file when there is one.
/// </summary>
public class PolicyEvidenceReaderTests
{
    private static string Default => PolicyReader.DefaultText();

    [Fact]
    public void Read_StatuteNamingAnUnknownConduct_IsAnUnknownReference()
    {
        var yaml = Replace(Default, "        conduct: false-information\n        from: 2022-03-04\n", "        conduct: fals-information\n        from: 2022-03-04\n");

        var result = PolicyReader.Read(yaml);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Code == "policy.unknown-reference"
            && e.Field!.StartsWith("jurisdictions.RU.statutes[", StringComparison.Ordinal) && e.Message.Contains("'fals-information'", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ConductNotCriminalForAnUnknownConduct_IsAnUnknownReference()
    {
        var yaml = Replace(Default, "    conductNotCriminal:\n      apostasy:\n", "    conductNotCriminal:\n      apostacy:\n", once: true);

        var result = PolicyReader.Read(yaml);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Code == "policy.unknown-reference" && e.Field!.EndsWith(".conductNotCriminal.apostacy", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_LexiconLanguageThatIsNotACode_NamesIt()
    {
        var yaml = Replace(Default, "      en: [\"insulting the president\"", "      english: [\"insulting the president\"");

        var result = PolicyReader.Read(yaml);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Code == "policy.invalid-value" && e.Field == "lexicon[0].terms.english"
            && e.Message.Contains("ISO 639-1", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_LexiconTermWithoutLetters_NamesIt()
    {
        var yaml = Replace(Default, "      en: [\"insulting the president\"", "      en: [\"--\", \"insulting the president\"");

        var result = PolicyReader.Read(yaml);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Field == "lexicon[0].terms.en" && e.Message.Contains("'--' has no letter or digit", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_DuplicateLexiconId_IsAnError()
    {
        var yaml = Replace(Default, "  - id: speech.false-information\n", "  - id: speech.insulting-head-of-state\n");

        var result = PolicyReader.Read(yaml);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Code == "policy.duplicate" && e.Message.Contains("speech.insulting-head-of-state", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_UnknownSignalWeight_ListsTheSignals()
    {
        var yaml = Replace(Default, "    statute: 3 ", "    statutes: 3 ");

        var result = PolicyReader.Read(yaml);

        Assert.False(result.IsSuccess);
        var error = Assert.Single(result.Errors);
        Assert.Equal("predominance.weights.statutes", error.Field);
        Assert.Contains("group-reach", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NegativeWeight_IsRead()
    {
        var result = PolicyReader.Default;

        Assert.True(result.IsSuccess);
        Assert.True(result.Value.Predominance.Weight(Domain.Policy.PoliticalSignal.OrdinaryOffence) < 0);
    }

    [Fact]
    public void Read_RuleAtALevelWithoutThreshold_IsAnUnknownReference()
    {
        var yaml = Replace(Default, "    possible: { minScore: 3, minRequestSignals: 1, minSubstantiveSignals: 1 }\n", "");

        var result = PolicyReader.Read(yaml);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Code == "policy.unknown-reference" && e.Field!.EndsWith(".with.level", StringComparison.Ordinal)
            && e.Message.Contains("'possible'", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ThresholdMissingAKey_NamesIt()
    {
        var yaml = Replace(Default, "predominant: { minScore: 6, minRequestSignals: 2, minSubstantiveSignals: 1 }", "predominant: { minScore: 6, minRequestSignals: 2 }");

        var result = PolicyReader.Read(yaml);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Code == "policy.missing-key" && e.Message.Contains("'minSubstantiveSignals'", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_AgreementWithAnUnknownParty_IsAnUnknownReference()
    {
        var yaml = Replace(Default, "    parties: [US, AU]\n", "    parties: [US, XA]\n");

        var result = PolicyReader.Read(yaml);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Code == "policy.unknown-reference" && e.Field == "agreements[1].parties" && e.Message.Contains("'XA'", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_AgreementWithOneParty_IsAnError()
    {
        var yaml = Replace(Default, "    parties: [US, AU]\n", "    parties: [US]\n");

        var result = PolicyReader.Read(yaml);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Field == "agreements[1].parties" && e.Message.Contains("exactly two", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SanctionsRegimeImposedByAnUnknownLegalSystem_IsAnUnknownReference()
    {
        var yaml = Replace(Default, "    imposedBy: eu\n", "    imposedBy: european-union\n");

        var result = PolicyReader.Read(yaml);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Code == "policy.unknown-reference" && e.Field == "sanctionsRegimes.eu-833-2014-art-5b.imposedBy");
    }

    [Fact]
    public void Read_StatuteWithoutCodes_NamesTheMissingKey()
    {
        var yaml = Replace(Default, "        codes: [\"TCK\", \"Türk Ceza Kanunu\", \"Turkish Criminal Code\", \"Turkish Penal Code\", \"Criminal Code\", \"Ceza Kanunu\", \"5237\"]\n", "", once: true);

        var result = PolicyReader.Read(yaml);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Code == "policy.missing-key" && e.Field!.StartsWith("jurisdictions.TR.statutes[0].codes", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_StatuteEndingBeforeItStarts_IsAnError()
    {
        var yaml = Replace(Default, "        to: 2024-03-23\n", "        to: 2019-03-23\n");

        var result = PolicyReader.Read(yaml);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Field!.StartsWith("jurisdictions.HK.statutes[", StringComparison.Ordinal) && e.Message.Contains("'to' must be after 'from'", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_UnknownThemeAndUnknownKeyInAStatute_AreBothReported()
    {
        var yaml = Replace(Default, "        themes: [speech]\n        conduct: insulting-head-of-state\n        from: 2005-06-01\n",
            "        themes: [opinion]\n        conduct: insulting-head-of-state\n        form: 2005-06-01\n        from: 2005-06-01\n");

        var result = PolicyReader.Read(yaml);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Field!.EndsWith(".themes", StringComparison.Ordinal) && e.Message.Contains("'opinion' is not one of", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Code == "policy.unknown-key" && e.Message.Contains("'form'", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadFile_InvalidFile_EachErrorNamesTheFileTheLineAndTheField()
    {
        var path = Path.Combine(Path.GetTempPath(), $"custos-policy-{Guid.NewGuid():N}.yaml");
        var yaml = Replace(Default, "    imposedBy: eu\n", "    imposedBy: european-union\n");
        File.WriteAllText(path, yaml);
        try
        {
            var result = PolicyReader.ReadFile(path);

            Assert.False(result.IsSuccess);
            var error = Assert.Single(result.Errors);
            var line = yaml.Split('\n').ToList().FindIndex(l => l.StartsWith("  eu-833-2014-art-5b:", StringComparison.Ordinal)) + 2;
            Assert.StartsWith($"{path}: line {line}: sanctionsRegimes.eu-833-2014-art-5b.imposedBy:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Replace(string text, string old, string replacement, bool once = false)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the default policy no longer holds: {old}");
        return once ? string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length)) : text.Replace(old, replacement, StringComparison.Ordinal);
    }
}
