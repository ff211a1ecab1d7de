using Custos.Domain.Sanctions;

namespace Custos.Domain.Tests.Sanctions;

public class ScreenedFactsTests
{
    private static readonly ScreenedFacts Ivan = new()
    {
        AccountId = "A1",
        Name = "Ivan Petrov",
        NativeName = "Иван Петров",
        DateOfBirth = new DateOnly(1980, 1, 2),
        Nationality = "RU",
        Wallets = [("BTC", "bc1qexample"), ("ETH", "0xabc")],
    };

    [Fact]
    public void Fingerprint_SameFacts_IsTheSameAndWalletOrderDoesNotMatter()
    {
        var reordered = Ivan with { Wallets = [("ETH", "0xabc"), ("BTC", "bc1qexample")] };

        Assert.Equal(Ivan.Fingerprint, reordered.Fingerprint);
        Assert.Equal(32, Ivan.Fingerprint.Length);
    }

    [Fact]
    public void Fingerprint_AnyScreenedFactChanged_Changes()
    {
        ScreenedFacts[] changed =
        [
            Ivan with { Name = "Ivan Petrova" }, Ivan with { NativeName = null }, Ivan with { DateOfBirth = new DateOnly(1980, 1, 3) },
            Ivan with { Nationality = "BY" }, Ivan with { Wallets = [("BTC", "bc1qexample")] },
        ];

        Assert.All(changed, c => Assert.NotEqual(Ivan.Fingerprint, c.Fingerprint));
        Assert.Equal(changed.Length, changed.Select(c => c.Fingerprint).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void NameFingerprint_IgnoresWalletsButNotTheDateOfBirth()
    {
        Assert.Equal(Ivan.NameFingerprint, (Ivan with { Wallets = [] }).NameFingerprint);
        Assert.NotEqual(Ivan.NameFingerprint, (Ivan with { DateOfBirth = null }).NameFingerprint);
    }

    [Fact]
    public void WalletFingerprint_DiffersByAssetAndAddress()
    {
        Assert.NotEqual(ScreenedFacts.WalletFingerprint("BTC", "x"), ScreenedFacts.WalletFingerprint("ETH", "x"));
        Assert.NotEqual(ScreenedFacts.WalletFingerprint("BTC", "x"), ScreenedFacts.WalletFingerprint("BTC", "y"));
    }
}
