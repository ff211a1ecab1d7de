using Custos.Domain.Common;
using Custos.Storage;

namespace Custos.Web.Hosting;

/// <summary>Where Custos keeps its data, which database it uses and where it listens. Validated before start.</summary>
public sealed record CustosHostOptions
{
    /// <summary>Default port of the web application.</summary>
    public const int DefaultPort = 5080;

    /// <summary>The data folder: SQLite database, keys, documents. Created on first run.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>The database; null means the embedded SQLite file in the data folder.</summary>
    public DatabaseSettings? Database { get; init; }

    /// <summary>The URL(s) to listen on.</summary>
    public string Urls { get; init; } = $"http://127.0.0.1:{DefaultPort}";

    /// <summary>Seed a demo platform (staff for every role and synthetic customers) on first run.</summary>
    public bool Demo { get; init; }

    /// <summary>How many synthetic customers the demo generates on first run.</summary>
    public int DemoCustomers { get; init; } = 2000;

    /// <summary>The ledger's origin (its public name, also its signing key's name). Never changes once chosen.</summary>
    public string LedgerOrigin { get; init; } = Application.Ledger.LedgerOptions.DefaultOrigin;

    /// <summary>Witnesses that must cosign checkpoints before they are published (null: none).</summary>
    public Custos.Ledger.Witness.WitnessingOptions? Witnessing { get; init; }

    /// <summary>Intake settings: the platform's country (scrutiny depends on it) and the document limits.</summary>
    public Application.Requests.IntakeOptions Intake { get; init; } = new();

    /// <summary>Lockout, session lifetimes and the second factor's issuer name.</summary>
    public Application.SignIn.SignInOptions SignIn { get; init; } = new();

    /// <summary>How many sign-in attempts the rate limiter lets through, per address and per account.</summary>
    public SignInThrottleOptions SignInThrottle { get; init; } = new();

    /// <summary>Whether forwarded headers from a reverse proxy are trusted, and from whom.</summary>
    public ProxyOptions Proxy { get; init; } = new();

    /// <summary>How the console log is written.</summary>
    public LogFormat LogFormat { get; init; } = LogFormat.Text;

    /// <summary>Who may read <c>/metrics</c> besides callers on this host.</summary>
    public MetricsOptions Metrics { get; init; } = new();

    /// <summary>How customer notices are delivered (SMTP or <c>.eml</c> files) and retried; see <see cref="EffectiveNotices"/>.</summary>
    public Application.Notices.NoticeOptions Notices { get; init; } = new();

    /// <summary>How long the agency's download link lasts and how often the release step runs.</summary>
    public Application.Production.ProductionOptions Production { get; init; } = new();

    /// <summary>The platform's review settings, with <see cref="Application.Review.ReviewOptions.PublicUrl"/> from <c>--public-url</c> or the listen URL.</summary>
    public Application.Review.ReviewOptions Review { get; init; } = new() { PublicUrl = $"http://127.0.0.1:{DefaultPort}" };

    /// <summary>The configuration these options were read from (null when built in code, as tests do).</summary>
    public Microsoft.Extensions.Configuration.IConfiguration? Configuration { get; init; }

    public Application.Ledger.LedgerOptions Ledger => Application.Ledger.LedgerOptions.ForDataDirectory(DataDirectory, LedgerOrigin, Witnessing);

    public DatabaseSettings EffectiveDatabase => Database ?? DatabaseSettings.ForDataDirectory(DataDirectory);

    /// <summary>The notice options with <c>.eml</c> files going to the data folder's <c>outbox/</c> unless set otherwise.</summary>
    public Application.Notices.NoticeOptions EffectiveNotices => Notices.OutboxDirectory is null ? Notices.ForDataDirectory(DataDirectory) : Notices;

    /// <summary>
    /// Reads the options from configuration (<see cref="CustosSettings"/>: the environment, then the command line) and
    /// validates them; every problem is named with its setting.
    /// </summary>
    public static Result<CustosHostOptions> From(CustosSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new List<Error>();
        var data = string.IsNullOrWhiteSpace(settings.Data) ? Path.Combine(Environment.CurrentDirectory, "data") : settings.Data;
        DatabaseSettings? database = null;
        if (!string.IsNullOrWhiteSpace(settings.Database))
        {
            var parsed = DatabaseSettings.Parse(settings.Database);
            if (parsed.IsSuccess)
            {
                database = parsed.Value;
            }
            else
            {
                errors.AddRange(parsed.Errors);
            }
        }

        if (settings.Port is < 1 or > 65535)
        {
            errors.Add(Error.Invalid("host.port-invalid", "The port must be between 1 and 65535.", "port"));
        }

        if (settings.DemoCustomers is < 0 or > 1_000_000)
        {
            errors.Add(Error.Invalid("host.demo-customers-invalid", "The demo customer count must be between 0 and 1,000,000.", "demo-customers"));
        }

        var origin = string.IsNullOrWhiteSpace(settings.LedgerOrigin) ? Application.Ledger.LedgerOptions.DefaultOrigin : settings.LedgerOrigin.Trim();
        if (!Application.Ledger.LedgerOptions.IsValidOrigin(origin))
        {
            errors.Add(Error.Invalid("host.ledger-origin-invalid", "The ledger origin is printable ASCII without spaces or '+', such as 'transparency.example.com/custos'.", "ledger-origin"));
        }

        var witnessing = ParseWitnessing([.. settings.Witnesses], settings.WitnessQuorum, errors);
        var country = settings.ProviderCountry?.Trim();
        var intake = new Application.Requests.IntakeOptions();
        if (!string.IsNullOrEmpty(country))
        {
            if (country.Length == 2 && country.All(char.IsAsciiLetterUpper))
            {
                intake = intake with { ProviderCountry = country };
            }
            else
            {
                errors.Add(Error.Invalid("host.provider-country-invalid", "The platform's country is an ISO 3166-1 alpha-2 code in capitals, such as MT.", "provider-country"));
            }
        }

        var throttle = new SignInThrottleOptions
        {
            PerAddress = settings.SignInPerAddress ?? new SignInThrottleOptions().PerAddress,
            PerAccount = settings.SignInPerAccount ?? new SignInThrottleOptions().PerAccount,
        };
        errors.AddRange(throttle.Validate().Select(p => Error.Invalid("host.sign-in-throttle-invalid", p, "signin-per-address")));
        var signIn = new Application.SignIn.SignInOptions();
        if (settings.SessionHours is { } hours)
        {
            signIn = signIn with { SessionLifetime = TimeSpan.FromHours(hours) };
        }

        errors.AddRange(signIn.Validate().Select(p => Error.Invalid("host.sign-in-invalid", p, "session-hours")));
        var proxy = ProxyOptions.Parse(settings.ForwardedHeaders, settings.KnownProxies, settings.KnownNetworks, errors);
        var metrics = MetricsOptions.Parse(settings.MetricsNetworks, errors);
        var logFormat = settings.LogFormat?.Trim().ToUpperInvariant() switch
        {
            null or "" or "TEXT" => LogFormat.Text,
            "JSON" => LogFormat.Json,
            _ => (LogFormat?)null,
        };
        if (logFormat is null)
        {
            errors.Add(Error.Invalid("host.log-format-invalid", $"The log format is 'text' or 'json', not '{settings.LogFormat}'.", "log-format"));
        }

        var notices = ParseNotices(settings.Smtp, settings.SmtpFrom, data, errors);
        var production = new Application.Production.ProductionOptions();
        if (settings.PackageLinkDays is { } linkDays)
        {
            production = production with { LinkLifetime = TimeSpan.FromDays(linkDays) };
        }

        errors.AddRange(production.Validate());
        var listen = !string.IsNullOrWhiteSpace(settings.Urls) ? settings.Urls : $"http://127.0.0.1:{settings.Port ?? DefaultPort}";
        var publicUrl = ParsePublicUrl(settings.PublicUrl, listen, errors);

        if (errors.Count > 0)
        {
            return Result<CustosHostOptions>.Failure(errors);
        }

        return new CustosHostOptions
        {
            SignIn = signIn,
            SignInThrottle = throttle,
            Notices = notices,
            Production = production,
            Proxy = proxy,
            Metrics = metrics,
            LogFormat = logFormat ?? LogFormat.Text,
            Intake = intake,
            DataDirectory = Path.GetFullPath(data),
            Database = database,
            Urls = listen,
            Review = new Application.Review.ReviewOptions { PublicUrl = publicUrl },
            Demo = settings.Demo,
            DemoCustomers = settings.DemoCustomers ?? 2000,
            LedgerOrigin = origin,
            Witnessing = witnessing,
        };
    }

    /// <summary>
    /// Reads the options from the command line's values over the environment (<c>CUSTOS_DATA</c>, <c>CUSTOS_DATABASE</c>,
    /// <c>CUSTOS_LEDGER_ORIGIN</c>, <c>CUSTOS_PROVIDER_COUNTRY</c>, <c>CUSTOS_SMTP</c>, <c>CUSTOS_SMTP_FROM</c>, <c>CUSTOS_METRICS_NETWORKS</c>, <c>CUSTOS_LOG_FORMAT</c> …).
    /// </summary>
    public static Result<CustosHostOptions> From(
        string? dataDirectory, string? database, int? port, string? urls, bool demo, int? demoCustomers = null, string? ledgerOrigin = null,
        IReadOnlyList<string>? witnesses = null, int? witnessQuorum = null, string? providerCountry = null, string? smtp = null, string? smtpFrom = null,
        IReadOnlyList<string>? metricsNetworks = null, string? logFormat = null, string? publicUrl = null)
    {
        var overrides = new List<KeyValuePair<string, string?>>
        {
            new("DATA", NullIfBlank(dataDirectory)),
            new("DATABASE", NullIfBlank(database)),
            new("PORT", port?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("URLS", NullIfBlank(urls)),
            new("DEMO", demo ? "true" : null),
            new("DEMO_CUSTOMERS", demoCustomers?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("LEDGER_ORIGIN", NullIfBlank(ledgerOrigin)),
            new("WITNESS_QUORUM", witnessQuorum?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("PROVIDER_COUNTRY", NullIfBlank(providerCountry)),
            new("SMTP", NullIfBlank(smtp)),
            new("SMTP_FROM", NullIfBlank(smtpFrom)),
            new("METRICS_NETWORKS", metricsNetworks is { Count: > 0 } ? string.Join(",", metricsNetworks) : null),
            new("LOG_FORMAT", NullIfBlank(logFormat)),
            new("PUBLIC_URL", NullIfBlank(publicUrl)),
        };
        var given = witnesses ?? [];
        for (var i = 0; i < given.Count; i++)
        {
            overrides.Add(new($"WITNESS:{i}", given[i]));
        }

        return From(CustosSettings.Configuration(overrides));
    }

    /// <summary>Reads and validates the options from <paramref name="configuration"/> (keys as in <see cref="CustosSettings"/>).</summary>
    public static Result<CustosHostOptions> From(Microsoft.Extensions.Configuration.IConfiguration configuration) =>
        From(CustosSettings.From(configuration)).Map(options => options with { Configuration = configuration });

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    /// <summary>
    /// The address customers are sent to: an absolute http(s) URL without query or fragment; by default the first listen
    /// URL, a wildcard host (<c>0.0.0.0</c>, <c>[::]</c>, <c>*</c>, <c>+</c>) read as <c>localhost</c>, which only suits a
    /// single machine: a deployment names its public address (docs/deployment.md).
    /// </summary>
    private static string ParsePublicUrl(string? given, string listen, List<Error> errors)
    {
        if (string.IsNullOrWhiteSpace(given))
        {
            var first = listen.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? $"http://127.0.0.1:{DefaultPort}";
            return System.Text.RegularExpressions.Regex.Replace(first, @"^(https?://)(0\.0\.0\.0|\[::\]|\*|\+)(?=[:/]|$)", "$1localhost", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)).TrimEnd('/');
        }

        var text = given.Trim();
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment)
            || !string.IsNullOrEmpty(uri.UserInfo))
        {
            errors.Add(Error.Invalid("host.public-url-invalid", "The public URL is an absolute http or https address without user, query or fragment, such as https://custos.exchange.example.", "public-url"));
            return text;
        }

        return text.TrimEnd('/');
    }

    /// <summary>The notice delivery settings: an SMTP server needs a sender; without one, notices become <c>.eml</c> files.</summary>
    private static Application.Notices.NoticeOptions ParseNotices(string? smtp, string? smtpFrom, string dataDirectory, List<Error> errors)
    {
        var notices = new Application.Notices.NoticeOptions();
        if (!string.IsNullOrWhiteSpace(smtpFrom))
        {
            notices = notices with { From = smtpFrom.Trim() };
        }

        if (!string.IsNullOrWhiteSpace(smtp))
        {
            var endpoint = Application.Notices.SmtpEndpoint.Parse(smtp);
            if (endpoint.IsSuccess)
            {
                notices = notices with { Smtp = endpoint.Value };
            }
            else
            {
                errors.AddRange(endpoint.Errors);
            }

            if (string.IsNullOrWhiteSpace(smtpFrom))
            {
                errors.Add(Error.Invalid("host.smtp-from-missing", "--smtp needs --smtp-from: the address customer notices are sent from.", "smtp-from"));
            }
        }

        errors.AddRange(notices.ForDataDirectory(dataDirectory).Validate());
        return notices;
    }

    private static Custos.Ledger.Witness.WitnessingOptions? ParseWitnessing(IReadOnlyList<string> witnesses, int? quorum, List<Error> errors)
    {
        if (witnesses.Count == 0)
        {
            if (quorum is not null)
            {
                errors.Add(Error.Invalid("host.witness-quorum-without-witnesses", "--witness-quorum needs at least one --witness.", "witness-quorum"));
            }

            return null;
        }

        var endpoints = new List<Custos.Ledger.Witness.WitnessEndpoint>();
        foreach (var text in witnesses)
        {
            var parsed = Custos.Ledger.Witness.WitnessEndpoint.Parse(text);
            if (parsed.IsSuccess)
            {
                endpoints.Add(parsed.Value);
            }
            else
            {
                errors.Add(Error.Invalid("host.witness-invalid", $"--witness '{text}': {parsed.Error.Message} (expected NAME=URL=VERIFIERKEY).", "witness"));
            }
        }

        var options = new Custos.Ledger.Witness.WitnessingOptions(endpoints, quorum ?? endpoints.Count, Custos.Ledger.Witness.WitnessingOptions.DefaultRequestTimeout);
        if (endpoints.Count == witnesses.Count)
        {
            errors.AddRange(options.Validate().Select(e => Error.Invalid("host.witnessing-invalid", e.Message, "witness-quorum")));
        }

        return options;
    }
}
