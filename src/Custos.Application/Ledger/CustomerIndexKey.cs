using System.Security.Cryptography;
using System.Text;

namespace Custos.Application.Ledger;

/// <summary>
/// A customer's index key: the opaque identifier under which the log names <c>customer:&lt;accountId&gt;</c>. Unlike other
/// opaque identifiers it is not a keyed hash of the reference but the first 16 bytes of
/// SHA-256(<c>custos-customer-key/v1</c> ‖ LF ‖ accountId ‖ LF ‖ code), where the 16-byte <b>disclosure code</b> is the
/// operator's secret per customer (<see cref="LedgerIdentityKey.DisclosureCode"/>). Whoever holds the account id and the
/// code — the customer, told in a notice, and an agency, given it in a package with the customer's data — recomputes the
/// key; the public, holding neither, cannot (docs/ledger.md, docs/proofs.md).
/// </summary>
public static class CustomerIndexKey
{
    /// <summary>The domain-separation tag of the key's hash (the first line of its input).</summary>
    public const string Tag = "custos-customer-key/v1";

    /// <summary>The prefix of a customer's reference: <c>customer:</c> and the percent-encoded account id.</summary>
    public const string ReferencePrefix = "customer:";

    /// <summary>The length of a disclosure code in bytes (written as 32 lower-case hex characters).</summary>
    public const int CodeLength = 16;

    /// <summary>The index key of <paramref name="accountId"/> with disclosure code <paramref name="code"/>, as 32 lower-case hex characters.</summary>
    public static string Derive(string accountId, ReadOnlySpan<byte> code)
    {
        ArgumentNullException.ThrowIfNull(accountId);
        if (code.Length != CodeLength)
        {
            throw new ArgumentException($"A disclosure code is {CodeLength} bytes.", nameof(code));
        }

        var account = Encoding.UTF8.GetBytes(accountId);
        var input = new byte[Tag.Length + 1 + account.Length + 1 + CodeLength];
        Encoding.ASCII.GetBytes(Tag, input);
        input[Tag.Length] = (byte)'\n';
        account.CopyTo(input, Tag.Length + 1);
        input[Tag.Length + 1 + account.Length] = (byte)'\n';
        code.CopyTo(input.AsSpan(input.Length - CodeLength));
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    /// <summary>The index key of <paramref name="accountId"/> with the disclosure code <paramref name="code"/> (32 hex characters, see <see cref="ParseCode"/>).</summary>
    public static string Derive(string accountId, string code) =>
        Derive(accountId, ParseCode(code) is { } bytes ? bytes : throw new ArgumentException("A disclosure code is 32 hex characters.", nameof(code)));

    /// <summary>
    /// The bytes of a disclosure code as a person may type it: 32 hex characters, either case, optionally grouped with
    /// spaces or hyphens; null when it is not one.
    /// </summary>
    public static byte[]? ParseCode(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var hex = new StringBuilder(CodeLength * 2);
        foreach (var c in text.Trim())
        {
            if (char.IsAsciiHexDigit(c))
            {
                hex.Append(c);
            }
            else if (c is not (' ' or '-'))
            {
                return null;
            }
        }

        return hex.Length == CodeLength * 2 ? Convert.FromHexString(hex.ToString()) : null;
    }

    /// <summary>The reference of a customer: <c>customer:</c> and the account id, percent-encoded so that it holds no space.</summary>
    public static string Reference(string accountId)
    {
        ArgumentNullException.ThrowIfNull(accountId);
        return ReferencePrefix + Uri.EscapeDataString(accountId);
    }

    /// <summary>
    /// The account id of a customer's reference (<see cref="Reference"/>), or null when <paramref name="reference"/> is not
    /// a customer's. A <c>customer:</c> reference that is not exactly the encoding of an account id is a programming error.
    /// </summary>
    public static string? AccountOf(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (!reference.StartsWith(ReferencePrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var accountId = Uri.UnescapeDataString(reference[ReferencePrefix.Length..]);
        return string.Equals(Reference(accountId), reference, StringComparison.Ordinal)
            ? accountId
            : throw new ArgumentException($"'{reference}' is not a customer reference as CustomerIndexKey.Reference writes it.", nameof(reference));
    }
}
