using System.Security.Cryptography;
using Custos.Ledger.Crypto;

namespace Custos.Ledger.Merkle;

/// <summary>
/// SHA-256 for tree hashing, where the cost per call matters more than the bytes hashed (a node is 65 bytes). Uses
/// <see cref="OpenSslSha256"/> where it is available (Linux with OpenSSL 3: about three times faster per node than the
/// base library), else the base library through a reused <see cref="IncrementalHash"/>, one per thread (a one-shot
/// <see cref="SHA256.HashData(ReadOnlySpan{byte}, Span{byte})"/> sets up a digest context per call). Every use is a
/// synchronous append and finish, so the per-thread state is never re-entered.
/// </summary>
internal static class Sha256Hasher
{
    [ThreadStatic]
    private static IncrementalHash? t_hash;

    /// <summary>Writes SHA-256(<paramref name="data"/>) into <paramref name="destination"/> (at least 32 bytes).</summary>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        if (OpenSslSha256.IsAvailable)
        {
            OpenSslSha256.Hash(data, destination);
            return;
        }

        var hash = t_hash ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(data);
        if (!hash.TryGetHashAndReset(destination, out _))
        {
            throw new ArgumentException("The destination is shorter than a SHA-256 hash.", nameof(destination));
        }
    }
}
