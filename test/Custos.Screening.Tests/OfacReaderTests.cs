using System.Security.Cryptography;
using Custos.Screening.Lists;

namespace Custos.Screening.Tests;

public sealed class OfacReaderTests
{
    [SharedDataFact]
    public void ReadFiles_Coherent2021Set_HoldsEveryRowOfEveryFile()
    {
        var snapshot = Lists.Sdn2021Set;

        // Row counts from the data README: sdn 8,976, alt 11,910, add 13,837; a coherent set leaves nothing out.
        Assert.Equal(ListIds.OfacSdn, snapshot.ListId);
        Assert.Equal(8976, snapshot.Entries.Count);
        Assert.Equal(11910, snapshot.Entries.Sum(e => e.Names.Count(n => n.Strength == NameStrength.Strong && n.Kind != NameKind.Primary)));
        Assert.Equal(13837, snapshot.Files.Single(f => f.Role == FileRole.OfacAddresses).Records);
        Assert.Empty(snapshot.Notes);
        Assert.Equal(4620, snapshot.Entries.Count(e => e.Kind == EntityKind.Person));
        Assert.Equal(406, snapshot.Entries.Count(e => e.Kind == EntityKind.Vessel));
        Assert.Equal(277, snapshot.Entries.Count(e => e.Kind == EntityKind.Aircraft));
    }

    [SharedDataFact]
    public void ReadFiles_Sdn2024_KnowsPutinsFacts()
    {
        var putin = Lists.Entry(Lists.Sdn, "35096");

        Assert.Equal("PUTIN, Vladimir Vladimirovich", putin.PrimaryName);
        Assert.Equal(EntityKind.Person, putin.Kind);
        Assert.Equal(["RUSSIA-EO14024"], putin.Programs);
        Assert.Equal(new DateOnly(1952, 10, 7), Assert.Single(putin.BirthDates).Earliest);
        Assert.Equal(DatePrecision.Day, putin.BirthDates[0].Precision);
        Assert.Equal(["Leningrad, Russia"], putin.BirthPlaces);
        Assert.Equal(["Russia"], putin.Nationalities);
        Assert.Equal(["Russia"], putin.Citizenships);
        Assert.Equal("Male", putin.Gender);

        // The 2025 alias file adds "PUTIN, Vladimir" (alt_num 55207) and four addresses to the 2024 entry.
        Assert.Contains(putin.Names, n => n is { Text: "PUTIN, Vladimir", Kind: NameKind.Alias, Strength: NameStrength.Strong });
        Assert.Equal(4, putin.Addresses.Count);
        Assert.Contains(putin.Addresses, a => a is { Street: "Kremlin", City: "Moscow", Country: "Russia" });
    }

    [SharedDataFact]
    public void ReadFiles_RemarkSpillingIntoComments_IsJoinedBeforeParsing()
    {
        // ent 29703: the 1,000-character remark ends "... Digital Currency Addres" and sdn_comments.csv continues
        // "s - ETH 0x8576acc5...; ... Passport 4005504207 (Russia)."
        var entry = Lists.Entry(Lists.Sdn2021Set, "29703");

        Assert.True(entry.Remarks!.Length > 1000);
        Assert.Contains(new WalletAddress("ETH", "0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c"), entry.Wallets);
        Assert.Contains(new WalletAddress("XBT", "1Fz29BQp82pE3vXXcsZoMNQ3KSHfMzfMe3"), entry.Wallets);
        Assert.Contains(new WalletAddress("ZEC", "t1WSKwCDL1QYRRUrCCknEs5tDLhtGVYu9KM"), entry.Wallets);
        var passport = Assert.Single(entry.Documents, d => d.Kind == DocumentKind.Passport);
        Assert.Equal(("4005504207", "Russia"), (passport.Number, passport.Country));
        Assert.Equal(new DateOnly(1985, 3, 3), entry.BirthDates[0].Earliest);
    }

    [SharedDataFact]
    public void ReadFiles_WeakAliasesInRemarks_AreWeakNames()
    {
        // ent 28264 (LI, Jiadong): "a.k.a. 'blackjack1987'; a.k.a. 'khaleesi'" sit in the comments continuation.
        var entry = Lists.Entry(Lists.Sdn2021Set, "28264");

        Assert.Contains(entry.Names, n => n is { Text: "blackjack1987", Strength: NameStrength.Weak });
        Assert.Contains(entry.Names, n => n is { Text: "khaleesi", Strength: NameStrength.Weak });
        Assert.Equal(12, entry.Wallets.Count(w => w.Currency == "XBT"));
    }

    [SharedDataFact]
    public void ReadFiles_AliasesOfAnotherDate_LeaveOrphansOutAndSayHowMany()
    {
        var snapshot = Lists.Sdn;

        Assert.Equal(14965, snapshot.Entries.Count);
        Assert.Contains(snapshot.Notes, n => n.StartsWith("alt.csv: 2460 rows for 1567 ent_num not in sdn.csv left out (orphans)", StringComparison.Ordinal));
        Assert.Contains(snapshot.Notes, n => n.StartsWith("sdn_comments.csv: 5 remark continuations left out", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void ReadFiles_ConsolidatedList_IsItsOwnList()
    {
        var snapshot = Lists.Consolidated;
        var haniya = Lists.Entry(snapshot, "9639");

        Assert.Equal(ListIds.OfacConsolidated, snapshot.ListId);
        Assert.Equal(442, snapshot.Entries.Count);
        Assert.Equal("HANIYA, Ismail Abdul Salah", haniya.PrimaryName);
        Assert.Contains(haniya.Names, n => n.Text == "HANIYYA, Ismaeel");
        Assert.Equal(BirthDate.InYear(1962).Earliest, haniya.BirthDates[0].Earliest);
        Assert.Equal(DatePrecision.Year, haniya.BirthDates[0].Precision);
    }

    [SharedDataFact]
    public void ReadFiles_EachFile_CarriesItsSha256AndTheVersionIgnoresOrder()
    {
        string[] paths =
        [
            SharedData.Sanctions("ofac", "full-2021-07-07", "sdn.csv"),
            SharedData.Sanctions("ofac", "full-2021-07-07", "alt.csv"),
        ];
        var forward = ListReader.ReadFiles(paths).Value;
        var backward = ListReader.ReadFiles([.. paths.Reverse()]).Value;

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(paths[0]))), forward.Files[0].Sha256);
        Assert.Equal(forward.Version, backward.Version);
        Assert.NotEqual(Lists.Sdn2021Set.Version, forward.Version);
    }
}
