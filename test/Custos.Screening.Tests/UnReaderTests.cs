using Custos.Screening.Lists;

namespace Custos.Screening.Tests;

public sealed class UnReaderTests
{
    [SharedDataFact]
    public void ReadFiles_UnList_HoldsEveryIndividualAndEntity()
    {
        var snapshot = Lists.Un;

        // From the data README: 730 INDIVIDUAL and 273 ENTITY records, generated 2026-02-27.
        Assert.Equal(ListIds.UnSecurityCouncil, snapshot.ListId);
        Assert.Equal(730, snapshot.Entries.Count(e => e.Kind == EntityKind.Person));
        Assert.Equal(273, snapshot.Entries.Count(e => e.Kind == EntityKind.Organization));
        Assert.Equal(new DateOnly(2026, 2, 27), DateOnly.FromDateTime(snapshot.GeneratedAt!.Value.UtcDateTime));
        Assert.Equal(FileRole.UnConsolidatedXml, Assert.Single(snapshot.Files).Role);
    }

    [SharedDataFact]
    public void ReadFiles_UnList_KnowsNamesDatesAndQualities()
    {
        var badege = Lists.Entry(Lists.Un, "CDi.001");
        var kakolele = Lists.Entry(Lists.Un, "CDi.002");
        var iyamuremye = Lists.Entry(Lists.Un, "CDi.003");
        var saddam = Lists.Entry(Lists.Un, "IQi.001");

        Assert.Equal("ERIC BADEGE", badege.PrimaryName);
        Assert.Equal(BirthDate.InYear(1971), badege.BirthDates.Single());
        Assert.Equal(["Democratic Republic of the Congo"], badege.Nationalities);
        Assert.Equal("FRANK KAKOLELE BWAMBALE", kakolele.PrimaryName);
        Assert.Contains(kakolele.Names, n => n is { Text: "AIGLE BLANC", Strength: NameStrength.Strong });
        Assert.Contains(iyamuremye.Names, n => n is { Text: "Rumuli", Strength: NameStrength.Weak });
        Assert.Contains("Musanze District, Northern Province, Rwanda", iyamuremye.BirthPlaces);
        Assert.Contains(saddam.Names, n => n is { Text: "صدام حسين التكريتي", Kind: NameKind.OriginalScript });
    }

    [SharedDataFact]
    public void ReadFiles_UnBetweenYears_BecomeARange()
    {
        var ranged = Lists.Un.Entries.SelectMany(e => e.BirthDates).Where(d => d.Precision == DatePrecision.Range).ToList();

        // 31 BETWEEN dates in the file (23 plain, 8 with a note).
        Assert.Equal(31, ranged.Count);
        Assert.Contains(ranged, d => d.Earliest == new DateOnly(1973, 1, 1) && d.Latest == new DateOnly(1974, 12, 31));
    }
}
