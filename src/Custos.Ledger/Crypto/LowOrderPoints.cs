namespace Custos.Ledger.Crypto;

/// <summary>
/// The encodings of the edwards25519 low-order points, canonical and non-canonical (14 in all), as listed in the C2SP
/// CCTV Ed25519 vectors. libsodium already rejects them as A or R; <see cref="Ed25519PublicKey"/> rejects them too, so
/// that strict RFC 8032 verdicts do not depend on how libsodium was built.
/// </summary>
internal static class LowOrderPoints
{
    private static readonly byte[][] Encodings =
    [
        Convert.FromHexString("0000000000000000000000000000000000000000000000000000000000000000"),
        Convert.FromHexString("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
        Convert.FromHexString("0000000000000000000000000000000000000000000000000000000000000080"),
        Convert.FromHexString("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"),
        Convert.FromHexString("0100000000000000000000000000000000000000000000000000000000000000"),
        Convert.FromHexString("0100000000000000000000000000000000000000000000000000000000000080"),
        Convert.FromHexString("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
        Convert.FromHexString("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"),
        Convert.FromHexString("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"),
        Convert.FromHexString("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85"),
        Convert.FromHexString("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"),
        Convert.FromHexString("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa"),
        Convert.FromHexString("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
        Convert.FromHexString("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"),
    ];

    /// <summary>Whether the 32-byte point encoding is one of the blocked low-order encodings.</summary>
    public static bool Contains(ReadOnlySpan<byte> point)
    {
        foreach (var encoding in Encodings)
        {
            if (point.SequenceEqual(encoding))
            {
                return true;
            }
        }

        return false;
    }
}
