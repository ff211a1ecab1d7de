using Custos.Ledger.Witness;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Custos.Web.Witness;

/// <summary>Builds the Kestrel host of a witness; used by <c>custos witness serve</c> and the tests.</summary>
public static class WitnessHost
{
    /// <summary>Builds (without starting) a witness host listening on <paramref name="listenUrl"/>.</summary>
    /// <param name="witness">The witness; owned by the caller.</param>
    /// <param name="listenUrl">For example <c>http://127.0.0.1:5090</c> (port 0 picks a free port).</param>
    /// <param name="configure">Further configuration, such as logging, before the host is built.</param>
    public static WebApplication Create(CheckpointWitness witness, string listenUrl, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(witness);
        ArgumentException.ThrowIfNullOrEmpty(listenUrl);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WitnessHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.WebHost.UseUrls(listenUrl);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = WitnessProtocol.MaxBodyBytes);
        builder.Services.AddSingleton(witness);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler(error => error.Run(async context =>
        {
            var correlationId = context.TraceIdentifier;
            if (context.Features.Get<IExceptionHandlerFeature>()?.Error is { } exception)
            {
                WitnessLog.Failed(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Custos.Witness"), exception, correlationId);
            }

            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"The witness failed; nothing was cosigned. Correlation id {correlationId}.\n");
        }));
        app.MapWitness();
        return app;
    }

    /// <summary>The first address a started host listens on (with the real port when 0 was asked for).</summary>
    /// <param name="app">A started host.</param>
    public static Uri ListeningAddress(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        return new Uri(addresses?.FirstOrDefault() ?? throw new InvalidOperationException("The witness host is not listening."));
    }
}
