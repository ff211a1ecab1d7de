using Custos.Application.Agencies;

namespace Custos.Application.Tests.Agencies;

public class AgencyInputTests
{
    [Theory]
    [InlineData("FBI.gov", "fbi.gov")]
    [InlineData(" bka.de. ", "bka.de")]
    [InlineData("мвд.рф", "xn--b1aew.xn--p1ai")]
    [InlineData("police.springfield.example", "police.springfield.example")]
    public void DomainNames_Normalise_LowerCasesAndEncodesInternationalNames(string text, string expected) =>
        Assert.Equal(expected, DomainNames.Normalise(text));

    [Theory]
    [InlineData("localhost")]
    [InlineData("bad_domain.com")]
    [InlineData("-a.com")]
    [InlineData("a..b")]
    [InlineData("10.0.0.1")]
    [InlineData("user@fbi.gov")]
    [InlineData("")]
    public void DomainNames_Normalise_MalformedName_IsNull(string text) => Assert.Null(DomainNames.Normalise(text));

    [Theory]
    [InlineData("J.Smith@FBI.gov", "j.smith@fbi.gov", "fbi.gov")]
    [InlineData(" o'brien+intake@ic.fbi.gov ", "o'brien+intake@ic.fbi.gov", "ic.fbi.gov")]
    public void EmailAddresses_TryNormalise_PlainAddress_IsLowerCasedWithItsDomain(string text, string address, string domain)
    {
        Assert.True(EmailAddresses.TryNormalise(text, out var actualAddress, out var actualDomain));
        Assert.Equal(address, actualAddress);
        Assert.Equal(domain, actualDomain);
    }

    [Theory]
    [InlineData("no-at-sign.fbi.gov")]
    [InlineData("a@b@fbi.gov")]
    [InlineData("@fbi.gov")]
    [InlineData("a..b@fbi.gov")]
    [InlineData("Dana <dana@fbi.gov>")]
    [InlineData("dana@localhost")]
    [InlineData("da na@fbi.gov")]
    public void EmailAddresses_TryNormalise_Malformed_IsRefused(string text) => Assert.False(EmailAddresses.TryNormalise(text, out _, out _));

    [Theory]
    [InlineData("us", "US")]
    [InlineData("DE", "DE")]
    [InlineData("XK", "XK")]
    [InlineData("XX", null)]
    [InlineData("EU", null)]
    [InlineData("USA", null)]
    [InlineData("U1", null)]
    public void NormaliseCountry_Iso3166Alpha2_IsUpperCasedOthersRefused(string text, string? expected) =>
        Assert.Equal(expected, AgencyInput.NormaliseCountry(text));

    [Theory]
    [InlineData("earlier-fraud", true)]
    [InlineData("spoofed-domain", true)]
    [InlineData("Earlier-Fraud", false)]
    [InlineData("earlier fraud", false)]
    [InlineData("-fraud", false)]
    [InlineData("a--b", false)]
    [InlineData("x", false)]
    public void ReputationFlags_IsValid_OnlyKebabCaseTokens(string flag, bool valid) => Assert.Equal(valid, ReputationFlags.IsValid(flag));
}
