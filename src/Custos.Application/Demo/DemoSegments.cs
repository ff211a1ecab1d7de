using static Custos.Application.Demo.DemoCultures;

namespace Custos.Application.Demo;

/// <summary>
/// The mix of the demo customer base. It includes the cases EU Reg. 833/2014 Art. 5b distinguishes: Russians living in
/// Russia, Russians living in the EU with a residence permit (exempt) or without one, Russians who also hold an EU
/// nationality (exempt), Russians in third countries, Belarusians, and Ukrainians under temporary protection in the EU.
/// </summary>
internal static class DemoSegments
{
    public static readonly DemoSegment[] All =
    [
        new(16, Russian, "RU", "RU"),
        new(3, Russian, "RU", "DE", DemoPermit.Either),
        new(1, Russian, "RU", "LT", DemoPermit.Either),
        new(1, Russian, "RU", "LV", DemoPermit.Permanent),
        new(2, Russian, "RU", "CY", DemoPermit.Either),
        new(1, Russian, "RU", "ES", DemoPermit.Either),
        new(0.7, Russian, "RU", "FI", DemoPermit.Either),
        new(0.6, Russian, "RU", "NL"),
        new(1.2, Russian, "RU", "GE", DemoPermit.Either),
        new(1.2, Russian, "RU", "AE", DemoPermit.Either),
        new(0.8, Russian, "RU", "TR", DemoPermit.Either),
        new(1, Russian, "RU", "DE", SecondPassport: "DE"),
        new(1, Russian, "RU", "CY", SecondPassport: "CY"),
        new(0.6, Russian, "RU", "RU", SecondPassport: "LV"),
        new(1, Russian, "LV", "LV"),
        new(0.8, Russian, "IL", "IL"),
        new(3, Belarusian, "BY", "BY"),
        new(1, Belarusian, "BY", "PL", DemoPermit.Either),
        new(1, Belarusian, "BY", "LT", DemoPermit.Either),
        new(5, Ukrainian, "UA", "UA"),
        new(2, Ukrainian, "UA", "PL", DemoPermit.TemporaryProtection),
        new(2, Ukrainian, "UA", "DE", DemoPermit.TemporaryProtection),
        new(1, Ukrainian, "UA", "CZ", DemoPermit.TemporaryProtection),
        new(0.5, Ukrainian, "UA", "IE", DemoPermit.TemporaryProtection),
        new(6, German, "DE", "DE"),
        new(5, French, "FR", "FR"),
        new(2, Irish, "IE", "IE"),
        new(2, Lithuanian, "LT", "LT"),
        new(1.5, Maltese, "MT", "MT"),
        new(3, Dutch, "NL", "NL"),
        new(4, Polish, "PL", "PL"),
        new(4, Spanish, "ES", "ES"),
        new(2, Greek, "GR", "GR"),
        new(4, Brazilian, "BR", "BR"),
        new(6, American, "US", "US"),
        new(5, British, "GB", "GB"),
        new(4, Turkish, "TR", "TR"),
        new(1, Turkish, "TR", "DE", DemoPermit.Permanent),
        new(2, Arabic, "AE", "AE"),
        new(1, Arabic, "SA", "SA"),
        new(1, Arabic, "EG", "EG"),
        new(3, Chinese, "CN", "CN"),
        new(1, Chinese, "CN", "SG", DemoPermit.Either),
        new(2, Japanese, "JP", "JP"),
        new(2, Korean, "KR", "KR"),
        new(3, Indian, "IN", "IN"),
        new(1, Indian, "IN", "GB", DemoPermit.Permanent),
    ];

    /// <summary>The segments of customers with a Russian name and link, from which most campaign donors come.</summary>
    public static readonly DemoSegment[] RussianNamed = All.Where(s => s.Culture == Russian).ToArray();

    private static readonly double s_total = All.Sum(s => s.Weight);

    public static DemoSegment Pick(DemoRandom random, IReadOnlyList<DemoSegment>? from = null)
    {
        var segments = from ?? All;
        var total = from is null ? s_total : segments.Sum(s => s.Weight);
        var x = random.NextDouble() * total;
        foreach (var segment in segments)
        {
            x -= segment.Weight;
            if (x < 0)
            {
                return segment;
            }
        }

        return segments[^1];
    }
}
