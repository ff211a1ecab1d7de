using System.Globalization;
using System.Text;

namespace Custos.TestSupport;

/// <summary>
/// A small sanctions list in OFAC's legacy CSV layout, written for a test: Putin (with his date of birth and
/// nationality, and an alias), an organisation holding two digital currency addresses, another person, and invented
/// entries that give the names' tokens a corpus to be rare in (three entries are no corpus).
/// </summary>
public static class SanctionsTestList
{
    public const string ListedBtc = "1BoatSLRHtKNngkdXEeobR76b53LETtpyT";
    public const string ListedEth = "0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c";

    /// <summary>How many invented entries pad the list.</summary>
    public const int FillerEntries = 400;

    private static readonly string[] Syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "be", "du", "fe", "gu", "ho", "zi", "pa", "qo", "we", "xu"];

    /// <summary>Writes <c>sdn.csv</c> and <c>alt.csv</c> into <paramref name="folder"/> (created) and returns their paths.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="extraPrimaryRow">A further row of sdn.csv (line 4), as written.</param>
    public static string[] Write(string folder, string? extraPrimaryRow = null)
    {
        Directory.CreateDirectory(folder);
        var sdn = new StringBuilder()
            .Append("36000,\"PUTIN, Vladimir Vladimirovich\",\"individual\",\"RUSSIA-EO14024\",\"President of the Russian Federation\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 07 Oct 1952; POB Leningrad, Russia; nationality Russia; Gender Male.\"\r\n")
            .Append("36001,\"EXAMPLE CYBER HOLDINGS LTD\",-0- ,\"CYBER2\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Digital Currency Address - XBT " + ListedBtc + "; Digital Currency Address - ETH " + ListedEth + ".\"\r\n")
            .Append("36002,\"KARIMOV, Rustam Bakhtiyorovich\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 1975; nationality Uzbekistan.\"\r\n");
        if (extraPrimaryRow is not null)
        {
            sdn.Append(extraPrimaryRow).Append("\r\n");
        }

        for (var i = 0; i < FillerEntries; i++)
        {
            sdn.Append(CultureInfo.InvariantCulture, $"{50_000 + i},\"{Word(i, 3).ToUpperInvariant()}, {Word((i * 7) + 3, 2)}\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
        }

        var sdnPath = Path.Combine(folder, "sdn.csv");
        var altPath = Path.Combine(folder, "alt.csv");
        File.WriteAllText(sdnPath, sdn.ToString());
        File.WriteAllText(altPath, "36000,1,\"aka\",\"PUTIN, Vladimir\",-0- \r\n");
        return [sdnPath, altPath];
    }

    /// <summary>An invented word of <paramref name="length"/> syllables, different for each <paramref name="seed"/> below 18^length.</summary>
    private static string Word(int seed, int length)
    {
        var word = new StringBuilder();
        for (var i = 0; i < length; i++, seed /= Syllables.Length)
        {
            word.Append(Syllables[seed % Syllables.Length]);
        }

        return char.ToUpperInvariant(word[0]) + word.ToString()[1..];
    }
}
