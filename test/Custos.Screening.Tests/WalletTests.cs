using Custos.Screening.Wallets;

namespace Custos.Screening.Tests;

public sealed class WalletTests
{
    [Theory]
    [InlineData("0x8576ACC5c05d6ce88f4e49bf65bdf0c62f91353c", "0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c")]
    [InlineData("BC1QLLMLVY5U038YVWYWU803P53G8UDCM8W7K4QXL4", "bc1qllmlvy5u038yvwywu803p53g8udcm8w7k4qxl4")]
    [InlineData("QPF2CPHC5DKUCLKQUR7LHJ2YUQQ9PK3HMUKLE77VHQ", "qpf2cphc5dkuclkqur7lhj2yuqq9pk3hmukle77vhq")]
    [InlineData(" 1EfMVkxQQuZfBdocpJu6RUsCJvenQWbQyE ", "1EfMVkxQQuZfBdocpJu6RUsCJvenQWbQyE")]
    [InlineData("TJkBr9TZ1xBeJoXYZ", "TJkBr9TZ1xBeJoXYZ")]
    public void Canonical_EachFormat_FollowsItsCaseRule(string address, string expected) =>
        Assert.Equal(expected, WalletAddressFormat.Canonical(address));

    [Fact]
    public void Canonical_MixedCaseBech32_IsNotFolded() =>
        Assert.Equal("bc1QLLmlvy5u038yvwywu803p53g8udcm8w7k4qxl4", WalletAddressFormat.Canonical("bc1QLLmlvy5u038yvwywu803p53g8udcm8w7k4qxl4"));

    [SharedDataFact]
    public void FindWallet_EveryPublishedAddressOnTheLists_IsFoundAndNoneWithOneCharacterChanged()
    {
        var remarks = string.Join('\n', Lists.Full.Snapshots.SelectMany(s => s.Entries).Select(e => e.Remarks ?? string.Empty));
        var onLists = Directory.GetFiles(SharedData.Sanctions("crypto"), "*.txt").SelectMany(File.ReadAllLines)
            .Select(a => a.Trim()).Where(a => a.Length > 0 && remarks.Contains(a, StringComparison.Ordinal)).ToList();

        Assert.True(onLists.Count > 500, onLists.Count + " published addresses are on the lists");
        foreach (var address in onLists)
        {
            Assert.NotEmpty(Lists.Full.FindWallet(address));
            var changed = address[^1] == 'z' ? address[..^1] + "y" : address[..^1] + "z";
            Assert.Empty(Lists.Full.FindWallet(changed));
        }
    }

    [SharedDataFact]
    public void FindWallet_CaseRules_HexFoldsAndBase58DoesNot()
    {
        const string eth = "0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c";
        const string xbt = "1Fz29BQp82pE3vXXcsZoMNQ3KSHfMzfMe3";
        var index = Matching.ScreeningIndex.Build([Lists.Sdn2021Set]);

        Assert.Equal("29703", Assert.Single(index.FindWallet(eth.ToUpperInvariant().Replace("0X", "0x", StringComparison.Ordinal))).Entry.SourceId);
        Assert.Single(index.FindWallet(xbt));
        Assert.Empty(index.FindWallet(xbt.ToLowerInvariant()));
    }
}
