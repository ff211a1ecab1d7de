using Custos.Screening.Matching;
using Custos.Screening.Text;

namespace Custos.Screening.Tests;

/// <summary>A name written in Cyrillic is also read as Russian writes a name of another language: х for h, ё for yo
/// (<see cref="CyrillicForeignReading"/>).</summary>
public sealed class CyrillicForeignReadingTests
{
    [Theory]
    [InlineData("Ху Лианхе", "Һу Лианһе")]
    [InlineData("Хёк", "Һйок")]
    [InlineData("ХОЁС", "ҺОЙОС")]
    [InlineData("Ёсиро", "Йосиро")]
    [InlineData("Hu Lianhe", null)] // nothing to read otherwise
    [InlineData("Владимир Путин", null)]
    public void Of_WritesHAndYo(string name, string? expected) =>
        Assert.Equal(expected, CyrillicForeignReading.Of(name));

    [Theory]
    [InlineData("Ху Лианхе", "HU, Lianhe")] // khu / hu, 0.63 before
    [InlineData("Джонг Хёк Сон", "SON, Jong Hyok")] // khek / hyok, 0.52 before
    [InlineData("Карлос Иван Муноз Хоёс", "MUNOZ HOYOS, Carlos Ivan")] // khoes / hoyos, 0.64 before
    public void ScorePair_AForeignNameAsRussianWritesIt_MeetsItsLatinSpelling(string cyrillic, string latin)
    {
        var match = ScreeningIndex.Build([]).ScorePair(cyrillic, latin, "Person");

        Assert.True(match.IsMatch, match.Explanation.ToText());
        Assert.True(match.Score >= 0.95, match.Explanation.ToText());
        Assert.Equal(CyrillicForeignReading.Description + " (the first name)", match.Explanation.Reading);
    }

    [Fact]
    public void ScorePair_ARussianName_KeepsItsOwnReading()
    {
        var match = ScreeningIndex.Build([]).ScorePair("Михаил Ходорковский", "KHODORKOVSKY, Mikhail", "Person");

        Assert.True(match.IsMatch, match.Explanation.ToText());
        Assert.Contains("khodorkovskiy", match.Explanation.QueryNormalized, StringComparison.Ordinal);
        Assert.Null(match.Explanation.Reading);
    }

    [SharedDataTheory]
    [InlineData("Ху Лианхе", "46884")] // HU, Lianhe
    [InlineData("Джонг Хёк Сон", "19532")] // SON, Jong Hyok
    public void Screen_AForeignNameAsRussianWritesIt_FindsTheEntryFirstForReview(string query, string sourceId)
    {
        var hits = Lists.AssertFirstForReview(query, sourceId);

        // The explanation shows the reading that was scored, and says how the name was read.
        Assert.DoesNotContain("kh", hits[0].Explanation.QueryNormalized, StringComparison.Ordinal);
        Assert.Equal(CyrillicForeignReading.Description, hits[0].Explanation.Reading);
        Assert.Contains("read as Russian writes a name of another language", hits[0].Explanation.ToText(), StringComparison.Ordinal);
    }
}
