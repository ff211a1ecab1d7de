using System.Security.Cryptography;
using System.Text;

namespace Custos.Application.Proofs.Sealing;

/// <summary>
/// The commitment a sealed entry carries instead of its customers' keys (docs/proofs.md, "Sealed entries"): lower-case hex
/// SHA-256(salt ‖ for each key, ascending: the key's 32 lower-case hex characters and a line feed). The salt (32 random
/// bytes) stays in the database until the unseal event publishes it together with exactly those keys as its <c>ref</c>
/// lines, so anyone can check that the unseal names the customers the seal committed to, no more and no fewer.
/// </summary>
public static class SealCommitment
{
    /// <summary>The commitment to <paramref name="keys"/> (opaque identifiers, 32 lower-case hex characters each) under <paramref name="salt"/>.</summary>
    public static string Commit(ReadOnlySpan<byte> salt, IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(salt);
        foreach (var key in keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.ASCII.GetBytes(key + "\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
