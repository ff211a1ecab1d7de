using System.Text.Json;
using Custos.Application;
using Custos.Domain.Access;
using Custos.Storage;
using Custos.Web.Api;
using Custos.Web.Api.OpenApi;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics;

namespace Custos.Web.Hosting;

/// <summary>Builds the Custos web application; used by <c>custos serve</c>, <c>Program</c> and the tests alike.</summary>
public static class CustosWebApplication
{
    /// <summary>Builds the application, creates the data folder and brings the database schema up to date.</summary>
    public static async Task<WebApplication> CreateAsync(CustosHostOptions options, Action<WebApplicationBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        DataFolder.Ensure(options.DataDirectory);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(CustosWebApplication).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        if (options.LogFormat == LogFormat.Json)
        {
            // Scopes are left out: ASP.NET Core's carry the request path, which is not the log's to keep.
            builder.Logging.AddJsonConsole(json =>
            {
                json.IncludeScopes = false;
                json.UseUtcTimestamp = true;
                json.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
            });
        }
        builder.Services.AddCustos(options);
        configure?.Invoke(builder);

        var app = builder.Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Custos");
        var database = app.Services.GetRequiredService<CustosDatabase>();
        Log.Starting(logger, options.DataDirectory, database.Settings.Describe());
        var applied = await database.MigrateAsync(cancellationToken);
        if (applied.Count > 0)
        {
            Log.Migrated(logger, string.Join(",", applied));
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Application.Configuration.ConfigurationAudit>()
                .RecordIfChangedAsync(Actor.System, cancellationToken);
            var policy = await scope.ServiceProvider.GetRequiredService<Application.Policy.PolicyStore>().EnsureInstalledAsync(cancellationToken);
            if (policy.Action == Application.Policy.PolicyStartupAction.ShippedVersionDiffers)
            {
                Log.ShippedPolicyDiffers(logger, policy.ShippedVersion, policy.ActiveVersion);
            }
            else
            {
                Log.PolicyInForce(logger, policy.ActiveVersion, policy.Action.ToString());
            }
        }

        app.UseCustos();
        return app;
    }

    public static IServiceCollection AddCustos(this IServiceCollection services, CustosHostOptions options)
    {
        services.AddSingleton(options);
        if (options.Configuration is { } configuration)
        {
            // The settings are checked again when the host starts, so that a host built around them cannot run invalid.
            services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<CustosSettings>, CustosSettingsValidator>();
            services.AddOptions<CustosSettings>().Bind(configuration).ValidateOnStart();
        }

        services.AddSingleton(options.Intake);
        services.AddSingleton(options.SignIn);
        services.AddSingleton(options.Review);
        services.AddSingleton(TimeProvider.System);
        services.AddCustosDataProtection(options.DataDirectory);
        services.AddCustosApplication(options.EffectiveDatabase, options.Ledger);
        // First: the other background services run only on the leader, which this one elects.
        services.AddHostedService<LeadershipService>();
        services.AddHostedService<LedgerIntegrationService>();
        services.AddHostedService<TransparencyFactsService>();
        var notices = options.EffectiveNotices;
        if (notices.Validate() is { Count: > 0 } problems)
        {
            throw new InvalidOperationException("Invalid notice settings: " + string.Join("; ", problems));
        }

        services.AddSingleton(notices);
        services.AddHostedService<NoticeDispatchService>();
        if (options.Production.Validate() is { Count: > 0 } productionProblems)
        {
            throw new InvalidOperationException("Invalid production settings: " + string.Join("; ", productionProblems));
        }

        services.AddSingleton(options.Production);
        services.AddHostedService<ProductionReleaseService>();
        services.AddHostedService<PreservationExpiryService>();
        // Behind a reverse proxy that terminates HTTPS the request reaching Custos is plain HTTP: the cookies must still be Secure.
        var secure = options.Proxy.ForwardedHeaders ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        if (options.Proxy.ForwardedHeaders)
        {
            services.Configure<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>(forwarded =>
            {
                forwarded.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
                foreach (var proxy in options.Proxy.KnownProxies)
                {
                    forwarded.KnownProxies.Add(proxy);
                }

                foreach (var network in options.Proxy.KnownNetworks)
                {
                    forwarded.KnownIPNetworks.Add(network);
                }
            });
        }

        services.AddAuthentication(AuthSchemes.Default)
            .AddPolicyScheme(AuthSchemes.Default, "Cookie or API key", policy =>
                policy.ForwardDefaultSelector = context => AuthSchemes.PresentsApiKey(context.Request) ? AuthSchemes.ApiKey : AuthSchemes.Cookie)
            .AddCookie(AuthSchemes.Cookie, cookie =>
            {
                cookie.Cookie.Name = "custos.session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = secure;
                cookie.LoginPath = "/signin";
                cookie.LogoutPath = "/signout";
                cookie.AccessDeniedPath = "/denied";
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
                cookie.EventsType = typeof(StaffCookieEvents);
            })
            .AddPolicyScheme(AuthSchemes.AgencyDefault, "Agency API key or officer cookie", policy =>
                policy.ForwardDefaultSelector = context => AuthSchemes.PresentsApiKey(context.Request) ? AuthSchemes.ApiKey : AuthSchemes.Agency)
            .AddCookie(AuthSchemes.Agency, cookie =>
            {
                cookie.Cookie.Name = "custos.agency";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = secure;
                cookie.LoginPath = "/portal/signin";
                cookie.LogoutPath = "/portal/signout";
                cookie.AccessDeniedPath = "/portal/signin";
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
                cookie.EventsType = typeof(AgencyCookieEvents);
            })
            .AddCookie(AuthSchemes.StaffSignInStep, cookie => StepCookie(cookie, "custos.signin-step", "/signin", options.SignIn.SecondStepLifetime, secure))
            .AddCookie(AuthSchemes.AgencySignInStep, cookie => StepCookie(cookie, "custos.agency-signin-step", "/portal/signin", options.SignIn.SecondStepLifetime, secure))
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthSchemes.ApiKey, null);
        services.AddCustosSignInThrottling(options.SignInThrottle);
        services.AddScoped<StaffCookieEvents>();
        services.AddScoped<AgencyCookieEvents>();
        services.AddAuthorization(Policies.Configure);
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, LedgeredAuthorizationResultHandler>();
        services.AddAntiforgery(a => a.Cookie.Name = "custos.antiforgery");
        services.AddRazorPages();
        services.AddProblemDetails();
        services.AddCustosHealthChecks();
        services.AddCustosTelemetry();
        services.AddCustosOpenApi();
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            json.SerializerOptions.Converters.Add(new Application.Common.KebabEnumJsonConverterFactory());
        });
        return services;
    }

    /// <summary>The key ring that protects cookies and second-factor secrets: in the data folder, shared by the server and the CLI.</summary>
    public static IServiceCollection AddCustosDataProtection(this IServiceCollection services, string dataDirectory)
    {
        services.AddDataProtection()
            .SetApplicationName("custos")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys", "data-protection")));
        return services;
    }

    /// <summary>The short-lived cookie between a sign-in's password and its second step, sent only to the sign-in pages.</summary>
    private static void StepCookie(CookieAuthenticationOptions cookie, string name, string path, TimeSpan lifetime, CookieSecurePolicy secure)
    {
        cookie.Cookie.Name = name;
        cookie.Cookie.Path = path;
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.Cookie.SecurePolicy = secure;
        cookie.ExpireTimeSpan = lifetime;
        cookie.SlidingExpiration = false;
    }

    public static WebApplication UseCustos(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<CustosHostOptions>().Proxy.ForwardedHeaders)
        {
            // First, so that everything after sees the client's address (the throttling) and scheme (Secure cookies).
            app.UseForwardedHeaders();
        }

        app.UseSecurityHeaders();
        app.UseExceptionHandler(error => error.Run(async context =>
        {
            var correlationId = context.TraceIdentifier;
            var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Custos.Errors");
            if (exception is not null)
            {
                Log.Unhandled(logger, exception, correlationId);
            }

            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await Results.Problem(
                type: ErrorResults.TypePrefix + "internal",
                title: "Something went wrong on our side. Nothing was changed; quote the correlation id if you report it.",
                statusCode: StatusCodes.Status500InternalServerError,
                extensions: new Dictionary<string, object?> { ["correlationId"] = correlationId }).ExecuteAsync(context);
        }));
        // An error without a body: problem details under /api (and for machine clients of the ledger), an HTML page for people.
        app.UseCustosStatusCodePages();
        app.UseCustosSignInThrottling();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapHealth();
        app.MapMetrics();
        app.MapStaffApi();
        app.MapReviewApi();
        app.MapRequestApi();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapAgencyApi();
        app.MapLedger();
        app.MapTransparency();
        app.MapRazorPages();
        return app;
    }
}
