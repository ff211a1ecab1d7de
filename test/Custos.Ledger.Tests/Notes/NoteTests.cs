using Custos.Ledger.Notes;

namespace Custos.Ledger.Tests.Notes;

public sealed class NoteTests
{
    [Fact]
    public void SignAndParse_RoundTrip_VerifiesAndIgnoresUnknownSigner()
    {
        using var log = NoteSignerKey.Generate("log.example/one");
        using var other = NoteSignerKey.Generate("other.example/x");
        var note = SignedNote.Sign("hello\n\nworld\n", [log, other]);
        var parsed = SignedNote.Parse(note.Format());
        Assert.True(parsed.IsSuccess, parsed.ToString());
        Assert.Equal("hello\n\nworld\n", parsed.Value.Text);
        var verified = parsed.Value.Verify([log.VerifierKey]);
        Assert.Equal(log.KeyId, verified.Value.Single().KeyId);
    }

    [Fact]
    public void Verify_TamperedTextOrSignature_IsRejected()
    {
        using var log = NoteSignerKey.Generate("log.example/one");
        var formatted = SignedNote.Sign("size 10\n", [log]).Format();
        var tamperedText = SignedNote.Parse(formatted.Replace("size 10", "size 11", StringComparison.Ordinal)).Value;
        Assert.Equal("note.signature-invalid", tamperedText.Verify([log.VerifierKey]).Error.Code);
        var signature = SignedNote.Parse(formatted).Value.Signatures[0];
        var flipped = (byte[])signature.Signature.Clone();
        flipped[10] ^= 1;
        var tamperedSignature = new SignedNote("size 10\n", [signature with { Signature = flipped }]);
        Assert.Equal("note.signature-invalid", tamperedSignature.Verify([log.VerifierKey]).Error.Code);
    }

    [Fact]
    public void Verify_OnlyUnknownSigners_IsUnverified()
    {
        using var log = NoteSignerKey.Generate("log.example/one");
        using var impostor = NoteSignerKey.Generate("log.example/one");
        var note = SignedNote.Sign("text\n", [impostor]);
        Assert.Equal("note.unverified", note.Verify([log.VerifierKey]).Error.Code);
    }

    [Theory]
    [InlineData("no separator\n")]
    [InlineData("text\n\n")]
    [InlineData("text\n\n\u2014 name AAAAAA==\n")]
    [InlineData("text\n\n- name AAAAAAAAAA==\n")]
    [InlineData("text\n\n\u2014 name AAAAAAAAAA==")]
    [InlineData("text\n\n\u2014 na+me AAAAAAAAAA==\n")]
    [InlineData("text\n\n\u2014 name  AAAAAAAAAA==\n")]
    [InlineData("text\n\n\u2014 name not*base64\n")]
    [InlineData("te\txt\n\n\u2014 name AAAAAAAAAA==\n")]
    [InlineData("text\r\n\n\u2014 name AAAAAAAAAA==\n")]
    public void Parse_MalformedNote_ReturnsError(string note)
    {
        Assert.Equal("note.malformed", SignedNote.Parse(note).Error.Code);
    }

    [Fact]
    public void Parse_InvalidUtf8_ReturnsError()
    {
        byte[] bytes = [0x61, 0xff, 0x0a, 0x0a];
        Assert.Equal("note.malformed", SignedNote.Parse(bytes).Error.Code);
    }

    [Fact]
    public void SignerKey_FormatAndParse_RoundTripsAndSignsTheSame()
    {
        using var key = NoteSignerKey.Generate("custos.example/log");
        var text = key.Format();
        Assert.StartsWith("PRIVATE+KEY+custos.example/log+", text, StringComparison.Ordinal);
        using var parsed = NoteSignerKey.Parse(text).Value;
        Assert.Equal(key.VerifierKey.Format(), parsed.VerifierKey.Format());
        Assert.Equal(key.Sign("x\n").Signature, parsed.Sign("x\n").Signature);
        var verifier = NoteVerifierKey.Parse(key.VerifierKey.Format()).Value;
        Assert.Equal(key.KeyId, verifier.KeyId);
    }

    [Theory]
    [InlineData("example.com/foo+530d903a")]
    [InlineData("example.com/foo+530d903b+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k")]
    [InlineData("example.com/foo+530d903+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k")]
    [InlineData("example.com/foo+530d903a+AkyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k")]
    [InlineData("+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k")]
    [InlineData("example.com/foo+530d903a+BekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k")]
    public void VerifierKey_Malformed_ReturnsError(string text)
    {
        Assert.Equal("note.key.malformed", NoteVerifierKey.Parse(text).Error.Code);
    }

    [Theory]
    [InlineData("PRIVATE+KEY+name+00000000+AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("PRIVATE+KEY+name+AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("KEY+name+00000000+AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void SignerKey_Malformed_ReturnsError(string text)
    {
        Assert.Equal("note.key.malformed", NoteSignerKey.Parse(text).Error.Code);
    }

    [Fact]
    public void Checkpoint_FormatAndParse_RoundTripWithExtensions()
    {
        var root = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var checkpoint = new Checkpoint("custos.example/log", 20852163, root, ["ext one"]);
        var text = checkpoint.Format();
        Assert.Equal($"custos.example/log\n20852163\n{Convert.ToBase64String(root)}\next one\n", text);
        var parsed = Checkpoint.Parse(text).Value;
        Assert.Equal(20852163UL, parsed.Size);
        Assert.Equal(root, parsed.GetRootHash());
        Assert.Equal(["ext one"], parsed.Extensions);
    }

    [Theory]
    [InlineData("origin\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("origin\n01\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n")]
    [InlineData("origin\n-1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n")]
    [InlineData("origin\n18446744073709551616\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n")]
    [InlineData("\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n")]
    [InlineData("origin\n1\nAAAA\n")]
    [InlineData("origin\n1\n")]
    [InlineData("origin\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\n")]
    public void Checkpoint_Malformed_ReturnsError(string text)
    {
        Assert.Equal("checkpoint.malformed", Checkpoint.Parse(text).Error.Code);
    }

    [Fact]
    public void Cosignature_SignAndVerify_RoundTripsTimeAndRejectsOtherCheckpoint()
    {
        using var witness = NoteSignerKey.Generate("witness.example/w1", NoteKeyAlgorithm.CosignatureV1);
        Assert.Equal(NoteVerifierKey.ComputeKeyId("witness.example/w1", NoteKeyAlgorithm.CosignatureV1, witness.VerifierKey.GetPublicKey()), witness.KeyId);
        Assert.NotEqual(NoteVerifierKey.ComputeKeyId("witness.example/w1", NoteKeyAlgorithm.Ed25519, witness.VerifierKey.GetPublicKey()), witness.KeyId);
        var body = new Checkpoint("log.example", 5, new byte[32]).Format();
        var time = DateTimeOffset.FromUnixTimeSeconds(1679315147);
        var signature = Cosignature.Sign(witness, body, time);
        Assert.Equal(72, signature.Signature.Length);
        Assert.Equal(time, Cosignature.Verify(witness.VerifierKey, body, signature).Value);
        var note = new SignedNote(body, [signature]);
        Assert.True(SignedNote.Parse(note.Format()).Value.Verify([witness.VerifierKey]).IsSuccess);
        var other = new Checkpoint("log.example", 6, new byte[32]).Format();
        Assert.Equal("cosignature.invalid", Cosignature.Verify(witness.VerifierKey, other, signature).Error.Code);
        var shifted = (byte[])signature.Signature.Clone();
        shifted[7] ^= 1;
        Assert.Equal("cosignature.invalid", Cosignature.Verify(witness.VerifierKey, body, signature with { Signature = shifted }).Error.Code);
        Assert.Equal("cosignature/v1\ntime 1679315147\nlog.example\n5\n", System.Text.Encoding.UTF8.GetString(Cosignature.SignedMessage(1679315147, "log.example\n5\n")));
    }
}
