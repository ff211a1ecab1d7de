using System.Text;
using Custos.Ledger.Notes;
using Custos.Ledger.Witness;

namespace Custos.Ledger.Tests.Witness;

/// <summary>The request and response formats, checked against the examples in C2SP tlog-witness.</summary>
public sealed class WitnessWireFormatTests
{
    private const string SpecCheckpoint = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";

    private const string SpecRequest =
        "old 20852014\n" +
        "PlRNCrwHpqhGrupue0L7gxbjbMiKA9temvuZZDDpkaw=\n" +
        "jrJZDmY8Y7SyJE0MWLpLozkIVMSMZcD5kvuKxPC3swk=\n" +
        "5+pKlUdi2LeF/BcMHBn+Ku6yhPGNCswZZD1X/6QgPd8=\n" +
        "/6WVhPs2CwSsb5rYBH5cjHV/wSmA79abXAwhXw3Kj/0=\n" +
        "\n" +
        SpecCheckpoint +
        "\n" +
        "\u2014 example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n" +
        "\u2014 example.com/behind-the-sofa opLqBQsREYCgu6xQkYQwJr9fo45a62DN9EdmHXnZdXNqlcVGlCum2Wks+49/V6267UEjw6QUXTS5Rovnzv++qbSzm9Q=\n";

    private const string SpecResponse =
        "\u2014 witness.example/w1 CMp+6LWBU0anHGH5aNDTJkH/gj79sG+T6+iP2ThYN5krrDJbR1HDnucjL39QsZTSvVjyQLrdk3DXDqI5G2HgLatVs0pWh6Up69HVOw==\n" +
        "\u2014 witness.example/w1 I7rEps0pvK2UqkS2gSpVUDhrhVtQV9lgF6pRrWAvjJHjyWpW7VcE3SiOlVlbQNt64vWhO+DlkL0+UfzuOBMh9ChdMkP1vi/lCAsmlw==\n" +
        "\u2014 witness.example/w2 AWui8Sk55XjYLOijihBjhqEH6nS1ndDymE0a+6idX7pLcnoB+dhnz0854aLZgrrKbYKA7nC3HNJhm/kWl7oJlqU3rXXvpysAdyP3wQ==\n";

    [Fact]
    public void Parse_SpecificationExampleRequest_ReadsEveryPart()
    {
        var request = AddCheckpointRequest.Parse(Encoding.UTF8.GetBytes(SpecRequest));

        Assert.True(request.IsSuccess, request.ToString());
        Assert.Equal(20852014UL, request.Value.OldSize);
        Assert.Equal(4, request.Value.Proof.Count);
        Assert.Equal(Convert.FromBase64String("/6WVhPs2CwSsb5rYBH5cjHV/wSmA79abXAwhXw3Kj/0="), request.Value.Proof[3]);
        Assert.Equal("example.com/behind-the-sofa", request.Value.Checkpoint.Origin);
        Assert.Equal(20852163UL, request.Value.Checkpoint.Size);
        Assert.Equal(2, request.Value.Note.Signatures.Count);
    }

    [Fact]
    public void Format_ParsedSpecificationRequest_ReproducesTheBody()
    {
        var request = AddCheckpointRequest.Parse(SpecRequest).Value;

        var formatted = AddCheckpointRequest.Format(request.OldSize, request.Proof, request.Note.Format());

        Assert.Equal(SpecRequest, formatted);
    }

    [Theory]
    [InlineData("old 20852014\nPlRNCrwHpqhGrupue0L7gxbjbMiKA9temvuZZDDpkaw\n\n")]
    [InlineData("old 20852014\nAAAA\n\n")]
    [InlineData("old 20852014\nPlRNCrwHpqhGrupue0L7gxbjbMiKA9temvuZZDDpkax=\n\n")]
    [InlineData("old  20852014\n\n")]
    [InlineData("old 18446744073709551616\n\n")]
    [InlineData("old 1\r\n\n")]
    public void Parse_MalformedHeaderOrProof_NamesTheProblem(string head)
    {
        var result = AddCheckpointRequest.Parse(head + SpecCheckpoint + "\n\u2014 example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n");

        Assert.Equal("witness.request.malformed", result.Error.Code);
    }

    [Fact]
    public void Parse_SixtyFourProofLines_IsRefused()
    {
        var proof = Enumerable.Range(0, 64).Select(i => new byte[32]).ToArray();
        var body = "old 5\n" + string.Concat(proof.Select(p => Convert.ToBase64String(p) + "\n")) + "\n" + SpecRequest[SpecRequest.IndexOf("example.com", StringComparison.Ordinal)..];

        var result = AddCheckpointRequest.Parse(body);

        Assert.Contains("more than 63", result.Error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => AddCheckpointRequest.Format(5, proof, SpecRequest));
    }

    [Fact]
    public void Parse_NoteThatIsNotACheckpointOrNotUtf8_IsRefused()
    {
        var notCheckpoint = AddCheckpointRequest.Parse("old 0\n\nhello\n\n\u2014 example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n");
        var notUtf8 = AddCheckpointRequest.Parse(new byte[] { (byte)'o', (byte)'l', (byte)'d', (byte)' ', 0xff, (byte)'\n' });

        Assert.Contains("not a checkpoint", notCheckpoint.Error.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", notUtf8.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseCosignatures_SpecificationExampleResponse_ReadsThreeLines()
    {
        var lines = WitnessProtocol.ParseCosignatures(SpecCheckpoint, SpecResponse);

        Assert.True(lines.IsSuccess, lines.ToString());
        Assert.Equal(["witness.example/w1", "witness.example/w1", "witness.example/w2"], lines.Value.Select(l => l.KeyName));
        Assert.Equal(SpecResponse, WitnessProtocol.FormatCosignatures(lines.Value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello\n")]
    [InlineData("\u2014 witness.example/w1 CMp+6LWBU0anHGH5aNDTJkH/gj79sG+T6+iP2ThYN5krrDJbR1HDnucjL39QsZTSvVjyQLrdk3DXDqI5G2HgLatVs0pWh6Up69HVOw==")]
    [InlineData("\u2014 witness.example/w1 CMp+6LWBU0anHGH5aNDTJkH/gj79sG+T6+iP2ThYN5krrDJbR1HDnucjL39QsZTSvVjyQLrdk3DXDqI5G2HgLatVs0pWh6Up69HVOw==\n\n\u2014 witness.example/w2 AWui8Sk55XjYLOijihBjhqEH6nS1ndDymE0a+6idX7pLcnoB+dhnz0854aLZgrrKbYKA7nC3HNJhm/kWl7oJlqU3rXXvpysAdyP3wQ==\n")]
    public void ParseCosignatures_MalformedResponse_IsRefused(string body)
    {
        Assert.Equal("witness.response.malformed", WitnessProtocol.ParseCosignatures(SpecCheckpoint, body).Error.Code);
    }

    [Theory]
    [InlineData("20852014\n", true)]
    [InlineData("0\n", true)]
    [InlineData("020\n", false)]
    [InlineData("20", false)]
    [InlineData("\n", false)]
    [InlineData("-1\n", false)]
    public void ParseSize_Body_AcceptsOnlyCanonicalDecimalLine(string body, bool valid)
    {
        var size = WitnessProtocol.ParseSize(body);

        Assert.Equal(valid, size.IsSuccess);
        if (valid)
        {
            Assert.Equal(body, WitnessProtocol.FormatSize(size.Value));
        }
    }

    [Fact]
    public void Parse_WitnessedLogAndEndpointOptions_ValidateKeyTypes()
    {
        using var log = NoteSignerKey.Generate("custos.test/ledger");
        using var witness = NoteSignerKey.Generate("witness.test/w1", NoteKeyAlgorithm.CosignatureV1);

        var goodLog = WitnessedLog.Parse($"custos.test/ledger={log.VerifierKey}");
        var witnessKeyAsLog = WitnessedLog.Parse($"custos.test/ledger={witness.VerifierKey}");
        var goodEndpoint = WitnessEndpoint.Parse($"w1=http://127.0.0.1:5090/a?b=c={witness.VerifierKey}");
        var logKeyAsWitness = WitnessEndpoint.Parse($"w1=http://127.0.0.1:5090={log.VerifierKey}");
        var ftp = WitnessEndpoint.Parse($"w1=ftp://127.0.0.1={witness.VerifierKey}");

        Assert.Equal("custos.test/ledger", goodLog.Value.Origin);
        Assert.Equal("witness.log.key-type", witnessKeyAsLog.Error.Code);
        Assert.Equal(new Uri("http://127.0.0.1:5090/a?b=c"), goodEndpoint.Value.Url);
        Assert.Equal(witness.KeyId, goodEndpoint.Value.Key.KeyId);
        Assert.Equal("witness.config.invalid", logKeyAsWitness.Error.Code);
        Assert.Equal("witness.config.invalid", ftp.Error.Code);
    }
}
