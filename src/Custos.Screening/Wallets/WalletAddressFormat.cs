using System.Buffers;

namespace Custos.Screening.Wallets;

/// <summary>
/// The comparable form of a digital currency address under its format's case rules: Ethereum-style hexadecimal
/// addresses (<c>0x</c> and 40 hex digits: ETH, ETC, USDT and USDC on Ethereum, BSC, ARB …) and bech32 or cashaddr
/// addresses (<c>bc1…</c>, <c>ltc1…</c>, BCH <c>q…</c>/<c>p…</c>, optionally prefixed <c>bitcoincash:</c>) are
/// case-insensitive and compared in lower case; every other format (Bitcoin and Litecoin base58, TRON, Dash, Zcash
/// transparent, Monero, Ripple …) is case-sensitive and compared exactly. Surrounding white space is removed; no
/// other change is made, so one changed character never matches.
/// </summary>
public static class WalletAddressFormat
{
    private static readonly SearchValues<char> Bech32Alphabet = SearchValues.Create("qpzry9x8gf2tvdw0s3jn54khce6mua7l");
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>The comparable form of <paramref name="address"/>.</summary>
    /// <param name="address">An address as written.</param>
    public static string Canonical(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var trimmed = address.Trim();
        if (IsHex(trimmed))
        {
            return trimmed.ToLowerInvariant();
        }

        var lower = trimmed.ToLowerInvariant();
        if (lower.StartsWith("bitcoincash:", StringComparison.Ordinal))
        {
            return IsBech32Body(lower["bitcoincash:".Length..]) ? lower : trimmed;
        }

        foreach (var prefix in (string[])["bc1", "tb1", "bcrt1", "ltc1", "tltc1"])
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal) && IsBech32Body(lower[prefix.Length..]) && !IsMixedCase(trimmed))
            {
                return lower;
            }
        }

        return lower.Length == 42 && lower[0] is 'q' or 'p' && IsBech32Body(lower) && !IsMixedCase(trimmed) ? lower : trimmed;
    }

    private static bool IsHex(string text) =>
        text.Length == 42 && text[0] == '0' && text[1] is 'x' or 'X' && !text.AsSpan(2).ContainsAnyExcept(HexDigits);

    private static bool IsBech32Body(string lower) => lower.Length > 0 && !lower.AsSpan().ContainsAnyExcept(Bech32Alphabet);

    // BIP 173: a bech32 string is all lower or all upper case; a mixed-case one is invalid and never equal to a listed one.
    private static bool IsMixedCase(string text) => text.Any(char.IsAsciiLetterUpper) && text.Any(char.IsAsciiLetterLower);
}
