using System.Security.Cryptography;
using System.Text;

namespace Custos.Application.Ledger;

/// <summary>
/// The operator's secret key for opaque identifiers in the log: a reference such as <c>agency:agy_1</c> appears in the
/// public log only as the first 16 bytes of HMAC-SHA256(key, reference). Without the key nobody can tell whose events
/// they are; with it, the operator can show a customer every entry that concerns them. A customer's reference
/// (<c>customer:&lt;accountId&gt;</c>) is the exception: it appears as the customer's index key
/// (<see cref="CustomerIndexKey"/>), which the customer and an agency holding the customer's <see cref="DisclosureCode"/>
/// can recompute.
/// </summary>
public sealed class LedgerIdentityKey
{
    public const string FileName = "ledger-identifiers.key";

    /// <summary>What the disclosure code's HMAC input starts with, before the account id.</summary>
    public const string CodeLabel = "customer-code:";

    private readonly byte[] _key;

    public LedgerIdentityKey(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != 32)
        {
            throw new ArgumentException("The identifier key is 32 bytes.", nameof(key));
        }

        _key = (byte[])key.Clone();
    }

    /// <summary>
    /// The opaque identifier of a reference, as 32 lower-case hex characters: a customer's index key for
    /// <c>customer:&lt;accountId&gt;</c> (<see cref="CustomerKey"/>), else the first 16 bytes of HMAC-SHA256(key, reference).
    /// </summary>
    public string Opaque(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (CustomerIndexKey.AccountOf(reference) is { } accountId)
        {
            return CustomerKey(accountId);
        }

        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(reference), mac);
        return Convert.ToHexStringLower(mac[..16]);
    }

    /// <summary>
    /// The customer's disclosure code: the first 16 bytes of HMAC-SHA256(key, <c>customer-code:</c> ‖ accountId), as 32
    /// lower-case hex characters. A secret of the customer's: with their account id it gives their index key.
    /// </summary>
    public string DisclosureCode(string accountId) => Convert.ToHexStringLower(Code(accountId));

    /// <summary>The customer's index key, the opaque identifier of <c>customer:&lt;accountId&gt;</c> in the log (<see cref="CustomerIndexKey"/>).</summary>
    public string CustomerKey(string accountId) => CustomerIndexKey.Derive(accountId, Code(accountId));

    private byte[] Code(string accountId)
    {
        ArgumentNullException.ThrowIfNull(accountId);
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(CodeLabel + accountId));
        return mac[..CustomerIndexKey.CodeLength];
    }

    /// <summary>Loads the key from the keys folder, creating it (owner-only) on first use.</summary>
    public static LedgerIdentityKey LoadOrCreate(string keysDirectory)
    {
        var path = Path.Combine(keysDirectory, FileName);
        return new LedgerIdentityKey(KeyFiles.LoadOrCreate(path, () => Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) + "\n"), bytes =>
        {
            var text = Encoding.ASCII.GetString(bytes).Trim();
            var key = Convert.FromBase64String(text);
            return key.Length == 32 ? key : throw new InvalidDataException($"{path} does not hold a 32-byte base64 key.");
        }));
    }
}
