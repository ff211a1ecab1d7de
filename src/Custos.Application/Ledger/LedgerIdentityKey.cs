using System.Security.Cryptography;
using System.Text;

namespace Custos.Application.Ledger;

/// <summary>
/// The operator's secret key for opaque identifiers in the log: a reference such as <c>customer:C1</c> appears in the
/// public log only as the first 16 bytes of HMAC-SHA256(key, reference). Without the key nobody can tell whose events
/// they are; with it, the operator can show a customer every entry that concerns them.
/// </summary>
public sealed class LedgerIdentityKey
{
    public const string FileName = "ledger-identifiers.key";

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

    /// <summary>The opaque identifier of a reference, as 32 lower-case hex characters.</summary>
    public string Opaque(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(reference), mac);
        return Convert.ToHexStringLower(mac[..16]);
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
