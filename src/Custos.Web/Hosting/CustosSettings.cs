using Microsoft.Extensions.Configuration;

namespace Custos.Web.Hosting;

/// <summary>
/// The host's settings as configuration holds them: environment variables with the prefix <c>CUSTOS_</c>
/// (<c>CUSTOS_DATA</c>, <c>CUSTOS_DATABASE</c>, <c>CUSTOS_URLS</c>, <c>CUSTOS_LEDGER_ORIGIN</c>,
/// <c>CUSTOS_PROVIDER_COUNTRY</c>, <c>CUSTOS_FORWARDED_HEADERS</c>, <c>CUSTOS_SMTP</c> …), overridden by the command line's options. Validated by
/// <see cref="CustosSettingsValidator"/> and turned into <see cref="CustosHostOptions"/>.
/// </summary>
public sealed class CustosSettings
{
    /// <summary>The prefix of Custos's environment variables.</summary>
    public const string EnvironmentPrefix = "CUSTOS_";

    [ConfigurationKeyName("DATA")]
    public string? Data { get; set; }

    [ConfigurationKeyName("DATABASE")]
    public string? Database { get; set; }

    [ConfigurationKeyName("PORT")]
    public int? Port { get; set; }

    [ConfigurationKeyName("URLS")]
    public string? Urls { get; set; }

    [ConfigurationKeyName("DEMO")]
    public bool Demo { get; set; }

    [ConfigurationKeyName("DEMO_CUSTOMERS")]
    public int? DemoCustomers { get; set; }

    [ConfigurationKeyName("LEDGER_ORIGIN")]
    public string? LedgerOrigin { get; set; }

    /// <summary>Witnesses, each <c>NAME=URL=VERIFIERKEY</c> (<c>CUSTOS_WITNESS__0</c>, <c>CUSTOS_WITNESS__1</c> …).</summary>
    [ConfigurationKeyName("WITNESS")]
    public IList<string> Witnesses { get; } = [];

    [ConfigurationKeyName("WITNESS_QUORUM")]
    public int? WitnessQuorum { get; set; }

    [ConfigurationKeyName("PROVIDER_COUNTRY")]
    public string? ProviderCountry { get; set; }

    /// <summary>Sign-in attempts allowed per source address per minute (default 20).</summary>
    [ConfigurationKeyName("SIGNIN_PER_ADDRESS")]
    public int? SignInPerAddress { get; set; }

    /// <summary>Sign-in attempts allowed per account per minute (default 10).</summary>
    [ConfigurationKeyName("SIGNIN_PER_ACCOUNT")]
    public int? SignInPerAccount { get; set; }

    /// <summary>A session's absolute lifetime in hours (default 12).</summary>
    [ConfigurationKeyName("SESSION_HOURS")]
    public int? SessionHours { get; set; }

    /// <summary>Trust <c>X-Forwarded-For</c>/<c>-Proto</c> from a reverse proxy (default false); cookies are then always Secure.</summary>
    [ConfigurationKeyName("FORWARDED_HEADERS")]
    public bool ForwardedHeaders { get; set; }

    /// <summary>The proxies whose forwarded headers are trusted, comma-separated addresses (default: loopback only).</summary>
    [ConfigurationKeyName("KNOWN_PROXIES")]
    public string? KnownProxies { get; set; }

    /// <summary>Networks of trusted proxies, comma-separated CIDR (e.g. <c>10.0.0.0/24</c>).</summary>
    [ConfigurationKeyName("KNOWN_NETWORKS")]
    public string? KnownNetworks { get; set; }

    /// <summary>Networks besides loopback allowed to read <c>/metrics</c>, comma-separated CIDR (e.g. <c>10.0.5.0/24</c>; default: none).</summary>
    [ConfigurationKeyName("METRICS_NETWORKS")]
    public string? MetricsNetworks { get; set; }

    /// <summary>How the console log is written: <c>text</c> (default) or <c>json</c> (one object per line).</summary>
    [ConfigurationKeyName("LOG_FORMAT")]
    public string? LogFormat { get; set; }

    /// <summary>The SMTP server customer notices go through, <c>smtp://HOST:PORT</c> (default: none, notices are written as <c>.eml</c> files).</summary>
    [ConfigurationKeyName("SMTP")]
    public string? Smtp { get; set; }

    /// <summary>The sender of customer notices (required with <see cref="Smtp"/>).</summary>
    [ConfigurationKeyName("SMTP_FROM")]
    public string? SmtpFrom { get; set; }

    /// <summary>
    /// The public address of this installation, e.g. <c>https://custos.exchange.example</c>: notices and signed links send
    /// customers to its <c>/disclosures</c> page and its <c>/ledger</c> (default: the first listen URL).
    /// </summary>
    [ConfigurationKeyName("PUBLIC_URL")]
    public string? PublicUrl { get; set; }

    /// <summary>How many days the agency's download link to a released package lasts (default 7, at most 90).</summary>
    [ConfigurationKeyName("PACKAGE_LINK_DAYS")]
    public int? PackageLinkDays { get; set; }

    /// <summary>
    /// Configuration from the environment (<c>CUSTOS_*</c>) with <paramref name="overrides"/> (the command line's
    /// values, keyed as above; null values are left out) on top.
    /// </summary>
    public static IConfiguration Configuration(IEnumerable<KeyValuePair<string, string?>> overrides) =>
        new ConfigurationBuilder()
            .AddEnvironmentVariables(EnvironmentPrefix)
            .AddInMemoryCollection(overrides.Where(o => o.Value is not null))
            .Build();

    /// <summary>Binds the settings from <paramref name="configuration"/>.</summary>
    public static CustosSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = new CustosSettings();
        configuration.Bind(settings);
        return settings;
    }
}
