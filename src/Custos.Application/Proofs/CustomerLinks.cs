using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Custos.Application.Customers.Records;
using Custos.Application.Ledger;
using Custos.Domain.Common;
using Custos.Storage;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Proofs;

/// <summary>
/// The platform's link to the disclosures page for a customer signed in on the platform (docs/proofs.md, "The customer's
/// page"): a token <c>&lt;index key&gt;.&lt;expiry, Unix seconds&gt;.&lt;MAC&gt;</c>, the MAC being base64url
/// HMAC-SHA256(<see cref="CustomerLinkKey"/>, <c>custos-link/v1\n&lt;key&gt;\n&lt;expiry&gt;</c>). It carries the customer's
/// opaque index key, never the account id, and is good until it expires (at most a day); the page then shows that key's
/// disclosures. Issuing and reading a link are not ledgered: an event naming the key would itself tell the log that this
/// customer looked.
/// </summary>
public sealed class CustomerLinks(CustosDbContext db, CustomerLinkKey linkKey, LedgerIdentityKey identities, TimeProvider clock)
{
    /// <summary>The longest a link may live.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(1);

    /// <summary>A token for the customer with account <paramref name="accountId"/>, good for <paramref name="lifetime"/>.</summary>
    public async Task<Result<string>> IssueAsync(string accountId, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(accountId))
        {
            return Error.Invalid("proof.account-required", "Name the customer's account id.", "account");
        }

        if (lifetime <= TimeSpan.Zero || lifetime > MaxLifetime)
        {
            return Error.Invalid("proof.link-lifetime", "A link lives between 1 minute and 1 day (1440 minutes).", "minutes");
        }

        if (!await db.Customers.AnyAsync(c => c.AccountId == accountId, cancellationToken))
        {
            return Error.NotFound("proof.account-unknown", $"No customer has the account id '{accountId}'.");
        }

        var key = identities.Opaque(CustomerRecords.Subject(accountId));
        var expiry = (clock.GetUtcNow() + lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"{key}.{expiry}.{Mac(key, expiry)}";
    }

    /// <summary>The index key a token stands for, if the token is genuine and has not expired.</summary>
    public Result<string> Read(string? token)
    {
        var parts = (token ?? "").Split('.');
        if (parts.Length != 3 || !DisclosureKeys.IsKey(parts[0]) || parts[1].Length is 0 or > 12 || !parts[1].All(char.IsAsciiDigit)
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Mac(parts[0], parts[1])), Encoding.ASCII.GetBytes(parts[2])))
        {
            return Error.Invalid("proof.link-invalid", "This link is not a valid disclosures link. Ask the platform for a new one, or enter your key.", "token");
        }

        return DateTimeOffset.FromUnixTimeSeconds(long.Parse(parts[1], CultureInfo.InvariantCulture)) <= clock.GetUtcNow()
            ? Error.Invalid("proof.link-expired", "This link has expired. Ask the platform for a new one, or enter your key.", "token")
            : parts[0];
    }

    private string Mac(string key, string expiry)
    {
        var mac = HMACSHA256.HashData(linkKey.Key, Encoding.ASCII.GetBytes($"custos-link/v1\n{key}\n{expiry}"));
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
