using Custos.Ledger.Crypto;

namespace Custos.Ledger.Tests.Crypto;

public sealed class Ed25519Tests
{
    // RFC 8032 §7.1, TEST 1 (empty message).
    private static readonly byte[] Seed = Convert.FromHexString("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    private static readonly byte[] PublicKey = Convert.FromHexString("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    private static readonly byte[] Signature = Convert.FromHexString("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");

    [Fact]
    public void Sign_Rfc8032Test1EmptyMessage_MatchesKnownAnswer()
    {
        Assert.True(Ed25519PrivateKey.IsSupported, Ed25519PrivateKey.UnsupportedReason);
        using var key = Ed25519PrivateKey.FromSeed(Seed);
        Assert.Equal(PublicKey, key.PublicKey.ToArray());
        Assert.Equal(Signature, key.Sign(ReadOnlySpan<byte>.Empty));
        Assert.True(key.PublicKey.Verify(ReadOnlySpan<byte>.Empty, Signature));
    }

    [Fact]
    public void Verify_WrongLengthsOrTampering_ReturnsFalse()
    {
        using var key = Ed25519PublicKey.Import(PublicKey);
        Assert.False(key.Verify([], Signature.AsSpan(0, 63)));
        Assert.False(key.Verify([], [.. Signature, 0]));
        Assert.False(key.Verify([0], Signature));
        var flipped = (byte[])Signature.Clone();
        flipped[40] ^= 1;
        Assert.False(key.Verify([], flipped));
        Assert.Throws<ArgumentException>(() => Ed25519PublicKey.Import(PublicKey.AsSpan(0, 31)));
        Assert.Throws<ArgumentException>(() => Ed25519PrivateKey.FromSeed(Seed.AsSpan(0, 31)));
    }

    [Fact]
    public void Generate_TwoKeys_DifferAndSignAcrossThreads()
    {
        using var a = Ed25519PrivateKey.Generate();
        using var b = Ed25519PrivateKey.Generate();
        Assert.NotEqual(a.PublicKey.ToArray(), b.PublicKey.ToArray());
        var results = new bool[64];
        Parallel.For(0, results.Length, i =>
        {
            var message = BitConverter.GetBytes(i);
            results[i] = a.PublicKey.Verify(message, a.Sign(message)) && !b.PublicKey.Verify(message, a.Sign(message));
        });
        Assert.All(results, Assert.True);
    }
}
