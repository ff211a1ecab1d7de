using System.Security.Cryptography;
using System.Text;
using Custos.Application.Ledger;

namespace Custos.Application.Proofs;

/// <summary>
/// The secret that signs customer links to the disclosures page (<see cref="CustomerLinks"/>): 32 random bytes, base64, in
/// <c>keys/customer-links.key</c>, created owner-only on first use. Losing it only invalidates links not yet used; a new
/// one is created.
/// </summary>
public sealed class CustomerLinkKey
{
    public const string FileName = "customer-links.key";

    public CustomerLinkKey(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Key = key.Length == 32 ? (byte[])key.Clone() : throw new ArgumentException("The link key is 32 bytes.", nameof(key));
    }

    internal byte[] Key { get; }

    /// <summary>Loads the key from the keys folder, creating it (owner-only) on first use.</summary>
    public static CustomerLinkKey LoadOrCreate(string keysDirectory)
    {
        var path = Path.Combine(keysDirectory, FileName);
        return new CustomerLinkKey(KeyFiles.LoadOrCreate(path, () => Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) + "\n"), bytes =>
        {
            var key = Convert.FromBase64String(Encoding.ASCII.GetString(bytes).Trim());
            return key.Length == 32 ? key : throw new InvalidDataException($"{path} does not hold a 32-byte base64 key.");
        }));
    }
}
