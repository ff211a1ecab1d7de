using Custos.Application.Agencies;

namespace Custos.Application.Tests.Agencies;

public class FreeMailDomainsTests
{
    [Theory]
    [InlineData("gmail.com")]
    [InlineData("GMail.COM")]
    [InlineData("googlemail.com")]
    [InlineData("mail.ru")]
    [InlineData("Yandex.RU")]
    [InlineData("ya.ru")]
    [InlineData("proton.me")]
    [InlineData("qq.com")]
    [InlineData("yahoo.co.uk")]
    [InlineData("yahoo.de")]
    [InlineData("mail.yahoo.com.br")]
    [InlineData("hotmail.fr")]
    [InlineData("outlook.com")]
    [InlineData("gmx.at")]
    [InlineData("eu.gmail.com")]
    [InlineData("j.smith@Mail.Yahoo.CO.UK")]
    [InlineData("mail.ru.")]
    public void IsFreeMail_FreeMailDomainOrSubdomainInAnyCase_IsTrue(string domain) =>
        Assert.True(FreeMailDomains.IsFreeMail(domain), domain);

    [Theory]
    [InlineData("fbi.gov")]
    [InlineData("bka.de")]
    [InlineData("fedsfm.ru")]
    [InlineData("met.police.uk")]
    [InlineData("notgmail.com")]
    [InlineData("gmail.com.attacker.example")]
    [InlineData("live.gov.uk")]
    [InlineData("yahoo.gov")]
    [InlineData("")]
    [InlineData(null)]
    public void IsFreeMail_OfficialOrLookAlikeDomain_IsFalse(string? domain) =>
        Assert.False(FreeMailDomains.IsFreeMail(domain), domain);

    [Fact]
    public void Domains_EveryEntry_IsAValidLowerCaseDomain() =>
        Assert.All(FreeMailDomains.Domains, d => Assert.Equal(d, DomainNames.Normalise(d)));

    [Fact]
    public void IsFreeMail_EveryDomainOnTheDefaultPolicysList_IsRefusedAtRegistrationToo() =>
        // The scrutiny policy flags requests from its own list; registration must never admit a domain scrutiny would flag.
        Assert.All(Custos.Application.Policy.PolicyReader.Default.Value.FreeMailDomains, d => Assert.True(FreeMailDomains.IsFreeMail(d), d));
}
