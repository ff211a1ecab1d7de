using Custos.Web.Hosting;

namespace Custos.Web.Tests;

/// <summary>The sign-in and proxy settings are read from configuration and checked at start, each problem named.</summary>
public class HostOptionsTests
{
    [Fact]
    public void From_ForwardedHeadersWithProxiesAndNetworks_AreTrustedAndLimitsRead()
    {
        var settings = new CustosSettings
        {
            ForwardedHeaders = true, KnownProxies = "10.0.0.5, 10.0.0.6", KnownNetworks = "192.0.2.0/24", SignInPerAddress = 40, SignInPerAccount = 5, SessionHours = 8,
        };

        var options = CustosHostOptions.From(settings).Value;

        Assert.True(options.Proxy.ForwardedHeaders);
        Assert.Equal(["10.0.0.5", "10.0.0.6"], options.Proxy.KnownProxies.Select(p => p.ToString()));
        Assert.Equal("192.0.2.0/24", Assert.Single(options.Proxy.KnownNetworks).ToString());
        Assert.Equal((40, 5), (options.SignInThrottle.PerAddress, options.SignInThrottle.PerAccount));
        Assert.Equal(TimeSpan.FromHours(8), options.SignIn.SessionLifetime);
    }

    [Fact]
    public void From_Defaults_TrustNoForwardedHeadersAndUseTheDocumentedLimits()
    {
        var options = CustosHostOptions.From(new CustosSettings()).Value;

        Assert.False(options.Proxy.ForwardedHeaders);
        Assert.Equal((20, 10, TimeSpan.FromMinutes(1)), (options.SignInThrottle.PerAddress, options.SignInThrottle.PerAccount, options.SignInThrottle.Window));
        Assert.Equal((5, TimeSpan.FromMinutes(15), TimeSpan.FromHours(12)), (options.SignIn.Lockout.MaxFailures, options.SignIn.Lockout.FirstDelay, options.SignIn.SessionLifetime));
    }

    [Fact]
    public void From_BadProxySettingsAndLimits_NameEachProblem()
    {
        var settings = new CustosSettings { KnownProxies = "10.0.0.5,proxy.local", KnownNetworks = "10.0.0.0/33", SignInPerAddress = 0, SessionHours = 0 };

        var result = CustosHostOptions.From(settings);

        Assert.False(result.IsSuccess);
        Assert.Equal(
            ["host.sign-in-throttle-invalid", "host.sign-in-invalid", "host.known-proxy-invalid", "host.known-network-invalid", "host.known-proxies-without-forwarded-headers"],
            result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void From_MetricsNetworks_FromSettingsOrTheCommandLine_AllowLoopbackAndThoseNetworksOnly()
    {
        var fromSettings = CustosHostOptions.From(new CustosSettings { MetricsNetworks = "10.0.5.0/24, 2001:db8::/32" }).Value.Metrics;
        var fromCommandLine = CustosHostOptions.From(null, null, null, null, demo: false, metricsNetworks: ["10.0.5.0/24", "2001:db8::/32"]).Value.Metrics;
        var byDefault = CustosHostOptions.From(new CustosSettings()).Value.Metrics;

        foreach (var metrics in new[] { fromSettings, fromCommandLine })
        {
            Assert.Equal(["10.0.5.0/24", "2001:db8::/32"], metrics.Networks.Select(n => n.ToString()));
            Assert.True(metrics.Allows(System.Net.IPAddress.Parse("10.0.5.9")));
            Assert.True(metrics.Allows(System.Net.IPAddress.Parse("::ffff:10.0.5.9")));
            Assert.True(metrics.Allows(System.Net.IPAddress.Parse("2001:db8::7")));
            Assert.False(metrics.Allows(System.Net.IPAddress.Parse("10.0.6.9")));
        }

        Assert.Empty(byDefault.Networks);
        Assert.True(byDefault.Allows(System.Net.IPAddress.Loopback));
        Assert.True(byDefault.Allows(System.Net.IPAddress.IPv6Loopback));
        Assert.True(byDefault.Allows(System.Net.IPAddress.Parse("::ffff:127.0.0.1")));
        Assert.False(byDefault.Allows(System.Net.IPAddress.Parse("10.0.5.9")));
        Assert.False(byDefault.Allows(null));
    }

    [Fact]
    public void From_BadMetricsNetworks_NameEachOne()
    {
        var result = CustosHostOptions.From(new CustosSettings { MetricsNetworks = "10.0.5.0/33,prometheus.internal" });

        Assert.False(result.IsSuccess);
        Assert.Equal(["host.metrics-network-invalid", "host.metrics-network-invalid"], result.Errors.Select(e => e.Code));
        Assert.Contains("prometheus.internal", result.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_PublicUrl_GivenOrTheListenUrlWithAWildcardHostReadAsLocalhost()
    {
        var given = CustosHostOptions.From(null, null, null, null, demo: false, publicUrl: "https://custos.exchange.example/").Value.Review;
        var fromPort = CustosHostOptions.From(new CustosSettings { Port = 5099 }).Value.Review;
        var fromWildcard = CustosHostOptions.From(new CustosSettings { Urls = "http://0.0.0.0:8080;http://[::]:8080" }).Value.Review;

        Assert.Equal("https://custos.exchange.example", given.PublicUrl);
        Assert.Equal("https://custos.exchange.example/disclosures", given.ProofPage);
        Assert.Equal("http://127.0.0.1:5099/disclosures", fromPort.ProofPage);
        Assert.Equal("http://localhost:8080", fromWildcard.PublicUrl);
    }

    [Theory]
    [InlineData("custos.exchange.example")]
    [InlineData("ftp://custos.exchange.example")]
    [InlineData("https://custos.exchange.example/?x=1")]
    [InlineData("https://user:secret@custos.exchange.example")]
    public void From_PublicUrlNotAnAbsoluteHttpAddress_IsRefusedNamingTheSetting(string publicUrl)
    {
        var result = CustosHostOptions.From(new CustosSettings { PublicUrl = publicUrl });

        Assert.Equal("host.public-url-invalid", Assert.Single(result.Errors).Code);
        Assert.Equal("public-url", result.Errors[0].Field);
    }
}
