using System.Net;
using System.Text.RegularExpressions;

namespace Custos.TestSupport;

/// <summary>Intent methods for the second step of signing in: enrolling a factor and entering its code.</summary>
public sealed partial class CustosTestServer
{
    /// <summary>Posts a one-time code to a code or enrolment page (<c>/signin/code</c>, <c>/signin/enrol</c> …) with its anti-forgery token.</summary>
    public static async Task<HttpResponseMessage> SubmitCodeAsync(HttpClient client, string path, string code)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await AntiforgeryTokenAsync(client, path);
        return await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = code,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>The secret an enrolment page shows as text (what a person would type into their app).</summary>
    public static string SecretOn(string html)
    {
        var match = SecretText().Match(html);
        return match.Success ? match.Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal) : throw new InvalidOperationException("No secret on the page.");
    }

    /// <summary>The code an authenticator app shows for <paramref name="secret"/> at <paramref name="at"/> (RFC 6238 through Otp.NET).</summary>
    public static string TotpCode(string secret, DateTimeOffset at) =>
        new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(secret)).ComputeTotp(at.UtcDateTime);

    /// <summary>Enrols a factor on an enrolment page as a person would (reads the secret, types the code) and returns the secret.</summary>
    public static async Task<(string Secret, HttpResponseMessage Response)> EnrolAsync(HttpClient client, string path, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(client);
        var secret = SecretOn(WebUtility.HtmlDecode(await client.GetStringAsync(path)));
        return (secret, await SubmitCodeAsync(client, path, TotpCode(secret, now)));
    }

    [GeneratedRegex("aria-label=\"Secret\">([A-Z2-7 ]+)<")]
    private static partial Regex SecretText();
}
