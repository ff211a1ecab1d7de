using System.Globalization;
using System.Text;
using Custos.Domain.Customers;
using Custos.Domain.Requests;

namespace Custos.Application.Requests.Targets;

/// <summary>
/// Checks a target value and puts it into the form the customer data is searched with, or says what is wrong with it.
/// Ordinal and invariant only: a value means the same on every machine.
/// </summary>
internal static class TargetValues
{
    public const int MinPhoneDigits = 5;
    public const int MaxPhoneDigits = 15; // E.164
    public const int MinAddressLength = 25;
    public const int MaxAddressLength = 128;
    public const int MaxValueLength = 256;

    /// <summary>The characters platforms write between the digits of a phone number (the migration's index removes the same).</summary>
    public const string PhoneSeparators = " -()./";

    private static readonly string[] s_bech32Prefixes = ["BC1", "TB1", "LTC1"];

    /// <summary>The search key for <paramref name="value"/>, or (null, the problem) when the value cannot be a <paramref name="type"/>.</summary>
    public static (string? Key, string? Problem) Normalise(TargetType type, string? value)
    {
        var text = value?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return Fail("no value was given");
        }

        if (text.Length > MaxValueLength)
        {
            return Fail(string.Create(CultureInfo.InvariantCulture, $"the value is {text.Length} characters long, more than any identifier ({MaxValueLength})"));
        }

        return type switch
        {
            TargetType.Account => Account(text),
            TargetType.Email => Email(text),
            TargetType.Phone => Phone(text),
            TargetType.Wallet or TargetType.CounterpartyOfWallet => Address(text),
            TargetType.Txid => TxHash(text),
            TargetType.Name => Name(text),
            TargetType.Country => Country(text),
            _ => Fail("the target type is not one Custos knows"),
        };
    }

    /// <summary>Whether an address key is an 0x (EVM) address, compared case-insensitively.</summary>
    public static bool IsHexAddress(string key) => key.StartsWith("0x", StringComparison.Ordinal);

    /// <summary>The stored forms a transaction hash may take: for a hexadecimal hash, lower and upper case, with and without 0x.</summary>
    public static IReadOnlyList<string> TxHashForms(string key)
    {
        var body = key.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? key[2..] : key;
        if (body.Length != 64 || !body.All(char.IsAsciiHexDigit))
        {
            return [key];
        }

        string[] bodies = [body, body.ToLowerInvariant(), body.ToUpperInvariant()];
        return bodies.Concat(bodies.Select(b => "0x" + b)).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The words of a folded name.</summary>
    public static IReadOnlyList<string> NameWords(string key) => key.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A long value cut to its ends for an explanation (<c>bc1q7c…pemf</c>).</summary>
    public static string Abbreviate(string? value)
    {
        var text = value?.Trim() ?? string.Empty;
        return text.Length <= 24 ? text : string.Concat(text.AsSpan(0, 8), "…", text.AsSpan(text.Length - 4));
    }

    private static (string?, string?) Account(string text) =>
        text.Any(char.IsWhiteSpace) || text.Any(char.IsControl)
            ? Fail("an account id has no spaces or control characters")
            : (text, null);

    private static (string?, string?) Email(string text)
    {
        var at = text.LastIndexOf('@');
        if (at < 0)
        {
            return Fail("an e-mail address has an '@'");
        }

        if (at == 0 || at == text.Length - 1)
        {
            return Fail("an e-mail address has text on both sides of the '@'");
        }

        return text.Any(char.IsWhiteSpace) || text.Any(char.IsControl)
            ? Fail("an e-mail address has no spaces")
            : (text.ToLowerInvariant(), null);
    }

    private static (string?, string?) Phone(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                key.Append(c);
            }
            else if (c == '+' && key.Length == 0)
            {
                key.Append(c);
            }
            else if (!PhoneSeparators.Contains(c, StringComparison.Ordinal))
            {
                return Fail($"a phone number has only digits, a leading '+' and the separators space - ( ) . /, not '{c}'");
            }
        }

        var digits = key.Length - (key.Length > 0 && key[0] == '+' ? 1 : 0);
        return digits is < MinPhoneDigits or > MaxPhoneDigits
            ? Fail(string.Create(CultureInfo.InvariantCulture, $"a phone number has {MinPhoneDigits} to {MaxPhoneDigits} digits, this one {digits}"))
            : (key.ToString(), null);
    }

    private static (string?, string?) Address(string text)
    {
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            var hex = text[2..];
            return hex.Length == 40 && hex.All(char.IsAsciiHexDigit)
                ? ("0x" + hex.ToLowerInvariant(), null)
                : Fail("an 0x address has exactly 40 hexadecimal digits after the 0x");
        }

        if (text.Length is < MinAddressLength or > MaxAddressLength || !text.All(char.IsAsciiLetterOrDigit))
        {
            return Fail(string.Create(CultureInfo.InvariantCulture,
                $"a blockchain address is {MinAddressLength} to {MaxAddressLength} letters and digits (base58, bech32) or 0x and 40 hexadecimal digits"));
        }

        // Bech32 is case-insensitive but written either all lower or all upper case (BIP 173); platforms store lower case.
        var bech32Upper = s_bech32Prefixes.Any(p => text.StartsWith(p, StringComparison.Ordinal)) && !text.Any(char.IsAsciiLetterLower);
        return (bech32Upper ? text.ToLowerInvariant() : text, null);
    }

    private static (string?, string?) TxHash(string text)
    {
        var hasPrefix = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase);
        var body = hasPrefix ? text[2..] : text;
        if (hasPrefix && (body.Length != 64 || !body.All(char.IsAsciiHexDigit)))
        {
            return Fail("an 0x transaction hash has exactly 64 hexadecimal digits after the 0x");
        }

        return body.Length is < 64 or > MaxAddressLength || !body.All(char.IsAsciiLetterOrDigit)
            ? Fail("a transaction hash is 64 hexadecimal digits (with or without 0x) or up to 128 base58 letters and digits")
            : (hasPrefix ? "0x" + body : body, null);
    }

    private static (string?, string?) Name(string text)
    {
        var folded = CustomerSearchText.Fold(text);
        return folded.Any(char.IsLetter) ? (folded, null) : Fail("a name has letters");
    }

    private static (string?, string?) Country(string text) =>
        text.Length == 2 && text.All(char.IsAsciiLetter)
            ? (text.ToUpperInvariant(), null)
            : Fail("a country is a two-letter ISO 3166-1 code such as RU");

    private static (string?, string?) Fail(string problem) => (null, problem);
}
