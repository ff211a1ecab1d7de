using System.Net;
using System.Text.RegularExpressions;
using Custos.Application.Common;
using Custos.Application.Staff;
using Custos.Domain.Access;
using Custos.Storage;
using Custos.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Custos.TestSupport;

/// <summary>
/// The real Custos web application on a free loopback port with its own data folder, plus intent methods for tests
/// (<see cref="CreateStaffAsync"/>, <see cref="SignInAsync"/>) so tests say what they do rather than how.
/// </summary>
public sealed partial class CustosTestServer : IAsyncDisposable
{
    public const string DefaultPassword = "correct horse battery staple";

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<HttpClient, CookieContainer> Jars = [];

    private readonly WebApplication _app;
    private bool _stopped;

    private CustosTestServer(WebApplication app, string dataDirectory, Uri baseAddress)
    {
        _app = app;
        DataDirectory = dataDirectory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string DataDirectory { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Starts the application. <paramref name="clock"/> replaces the system clock (what "now" is to the application);
    /// <paramref name="configure"/> changes the host options (sign-in throttling, the proxy, …); <paramref name="logs"/>, when
    /// given, receives every log message at Information and above, as a production host would write them.
    /// </summary>
    public static async Task<CustosTestServer> StartAsync(
        DatabaseSettings? database = null, bool demo = false, int demoCustomers = 0, string? dataDirectory = null,
        Custos.Ledger.Witness.WitnessingOptions? witnessing = null, string? providerCountry = null, TimeProvider? clock = null,
        Func<CustosHostOptions, CustosHostOptions>? configure = null, ILoggerProvider? logs = null)
    {
        dataDirectory ??= TestEnvironment.NewTempDirectory("server");
        var options = new CustosHostOptions
        {
            DataDirectory = dataDirectory,
            Database = database,
            Urls = "http://127.0.0.1:0",
            Demo = demo,
            DemoCustomers = demoCustomers,
            Witnessing = witnessing,
            Intake = providerCountry is null ? new() : new() { ProviderCountry = providerCountry },
        };
        options = configure?.Invoke(options) ?? options;
        var app = await CustosWebApplication.CreateAsync(options, builder =>
        {
            builder.Logging.SetMinimumLevel(logs is null ? LogLevel.Warning : LogLevel.Information);
            if (logs is not null)
            {
                builder.Logging.AddProvider(logs);
            }

            if (clock is not null)
            {
                builder.Services.AddSingleton(clock);
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new CustosTestServer(app, dataDirectory, new Uri(address));
    }

    /// <summary>A client with its own cookie jar that does not follow redirects (so tests see them).</summary>
    public HttpClient NewClient()
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = BaseAddress };
        Jars.Add(client, cookies);
        return client;
    }

    /// <summary>A new client holding copies of <paramref name="from"/>'s cookies (made by <see cref="NewClient"/>), as a thief would.</summary>
    public HttpClient CopyOf(HttpClient from)
    {
        ArgumentNullException.ThrowIfNull(from);
        var copy = NewClient();
        foreach (Cookie cookie in Jars.TryGetValue(from, out var jar) ? jar.GetAllCookies() : [])
        {
            Jars.TryGetValue(copy, out var target);
            target!.Add(new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        }

        return copy;
    }

    /// <summary>
    /// Creates a member of staff with <see cref="DefaultPassword"/>. Unless <paramref name="exemptFromSecondFactor"/> is
    /// false, the account is exempt from the second factor its roles may require — as the demo's accounts are, through
    /// the same use case (only Custos itself may exempt) — so that tests about other things sign in with a password.
    /// </summary>
    public async Task<StaffMember> CreateStaffAsync(string username, string[] roles, string region = "global", bool exemptFromSecondFactor = true)
    {
        await using var scope = Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        var result = await accounts.CreateAsync(new NewStaffMember(username, username + " (test)", null, region, roles, DefaultPassword), Actor.System);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors));
        }

        return exemptFromSecondFactor ? (await accounts.ExemptFromSecondFactorAsync(username, Actor.System)).Value : result.Value;
    }

    /// <summary>Signs <paramref name="client"/> in through the sign-in form, with its anti-forgery token.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string username, string password = DefaultPassword)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await AntiforgeryTokenAsync(client, "/signin");
        return await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Username"] = username,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>Reads the anti-forgery token from a page's form.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(path);
        var match = TokenField().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"No anti-forgery token on {path}.");
    }

    /// <summary>Stops the server as an operator would, keeping its data folder for another server to start on.</summary>
    public async Task StopKeepingDataAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    public async ValueTask DisposeAsync()
    {
        await StopKeepingDataAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean; never fail a test on clean-up.
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
