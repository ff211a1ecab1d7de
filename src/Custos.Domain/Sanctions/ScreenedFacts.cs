using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Custos.Domain.Sanctions;

/// <summary>
/// What of a customer is screened against the sanctions lists: the name in Latin script and in the customer's own
/// script, the date of birth and the nationality, and the wallet addresses. Fingerprints tell whether any of it has
/// changed since it was last screened (each is the first 128 bits of a SHA-256, in hexadecimal).
/// </summary>
public sealed record ScreenedFacts
{
    /// <summary>The account.</summary>
    public required string AccountId { get; init; }

    /// <summary>Given and family name as the platform holds them, given name first.</summary>
    public required string Name { get; init; }

    /// <summary>The full name in the customer's own script, when the platform holds one.</summary>
    public string? NativeName { get; init; }

    /// <summary>The date of birth.</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>The nationality (ISO 3166-1 alpha-2).</summary>
    public string? Nationality { get; init; }

    /// <summary>The wallets (asset, address) assigned to or whitelisted for the customer.</summary>
    public IReadOnlyList<(string Asset, string Address)> Wallets { get; init; } = [];

    /// <summary>The fingerprint of the facts a name alert rests on: name, native name, date of birth, nationality.</summary>
    public string NameFingerprint => Hash(NameText());

    /// <summary>The fingerprint of everything screened: the name facts and every wallet (in address order).</summary>
    public string Fingerprint
    {
        get
        {
            var text = new StringBuilder(NameText());
            foreach (var (asset, address) in Wallets.OrderBy(w => w.Address, StringComparer.Ordinal).ThenBy(w => w.Asset, StringComparer.Ordinal))
            {
                text.Append('\u001f').Append(asset).Append(' ').Append(address);
            }

            return Hash(text.ToString());
        }
    }

    /// <summary>The fingerprint of one wallet (what a wallet alert rests on).</summary>
    /// <param name="asset">The asset.</param>
    /// <param name="address">The address.</param>
    public static string WalletFingerprint(string asset, string address) => Hash(asset + " " + address);

    private string NameText() => string.Join('\u001f',
        Name, NativeName ?? string.Empty, DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty, Nationality ?? string.Empty);

    /// <summary>The first 128 bits of the SHA-256 of the text, as 32 hexadecimal digits: enough to tell a change, half the storage.</summary>
    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
}
