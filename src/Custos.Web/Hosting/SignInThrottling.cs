using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Custos.Web.Hosting;

/// <summary>
/// ASP.NET Core's rate limiter on the sign-in forms (the password and code steps of the console and the portal): a
/// sliding window per source address and another per account, chained, so that an attempt must fit in both. Any other
/// request is not limited. A refused attempt gets 429 with <c>Retry-After</c> and the status page's plain message.
/// </summary>
public static class SignInThrottling
{
    /// <summary>The POST paths that are limited.</summary>
    private static readonly string[] Paths = ["/signin", "/signin/code", "/signin/enrol", "/portal/signin", "/portal/signin/code"];

    /// <summary>Form fields that name the account, by path (the code steps use the pending sign-in's cookie instead).</summary>
    private static readonly string[] AccountFields = ["Username", "Email"];

    /// <summary>Where the seconds to wait are kept for the status page.</summary>
    internal const string RetryAfterItem = "custos:retry-after";

    public static IServiceCollection AddCustosSignInThrottling(this IServiceCollection services, SignInThrottleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, "address:" + Address(context), options.PerAddress, options)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, "account:" + Account(context), options.PerAccount, options)));
            limiter.OnRejected = (rejected, _) =>
            {
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                    : (int)Math.Ceiling(options.Window.TotalSeconds);
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                rejected.HttpContext.Items[RetryAfterItem] = seconds;
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    /// <summary>
    /// Reads a limited form before the limiter (which cannot read a body itself), so that the account it names is known;
    /// then the limiter. Sign-in forms are small: a body over 16 KB is refused before it is read.
    /// </summary>
    public static WebApplication UseCustosSignInThrottling(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (IsLimited(context.Request) && context.Request.HasFormContentType)
            {
                if (context.Request.ContentLength is > 16 * 1024)
                {
                    context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                    return;
                }

                await context.Request.ReadFormAsync(context.RequestAborted);
            }

            await next(context);
        });
        app.UseRateLimiter();
        return app;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, string key, int permits, SignInThrottleOptions options) =>
        !IsLimited(context.Request)
            ? RateLimitPartition.GetNoLimiter(string.Empty)
            : RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = options.Window,
                SegmentsPerWindow = 6,
                QueueLimit = 0,
                AutoReplenishment = true,
            });

    private static bool IsLimited(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && Paths.Any(p => request.Path.Equals(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>The client's address (the proxy's forwarded one when forwarded headers are trusted).</summary>
    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>
    /// The account an attempt is about: the submitted name, lower-cased (it is only hashed, never kept or logged), or for
    /// a code step the pending sign-in's cookie.
    /// </summary>
    private static string Account(HttpContext context)
    {
        var request = context.Request;
        string? name = null;
        if (request.HasFormContentType)
        {
            name = AccountFields.Select(f => request.Form[f].ToString()).FirstOrDefault(v => v.Length > 0);
        }

        name ??= request.Cookies.Where(c => c.Key.StartsWith("custos.", StringComparison.Ordinal) && c.Key.EndsWith("signin-step", StringComparison.Ordinal))
            .Select(c => c.Value).FirstOrDefault();
        var normalised = (name ?? string.Empty).Trim().ToLowerInvariant();
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)), 0, 16);
    }
}
