using System.Text;
using Custos.Application.Ledger;

namespace Custos.Application.Tests.Ledger;

public class LedgerEntryFormatTests
{
    private static readonly LedgerEntry Sample = new(
        1001, "staff.signed-in", new DateTimeOffset(2026, 11, 22, 5, 33, 13, 123, TimeSpan.Zero), null,
        new string('a', 32), new string('b', 32), [new string('d', 32), new string('c', 32)], new string('e', 64));

    [Fact]
    public void Encode_Entry_IsTheDocumentedCanonicalText()
    {
        var text = Encoding.ASCII.GetString(LedgerEntryFormat.Encode(Sample));

        Assert.Equal(
            "custos-event/v1\ntype 1001 staff.signed-in\ntime 2026-11-22T05:33:13.123Z\npolicy -\n" +
            $"actor {new string('a', 32)}\nsubject {new string('b', 32)}\nref {new string('c', 32)}\nref {new string('d', 32)}\ncommitment {new string('e', 64)}\n",
            text);
    }

    [Fact]
    public void Parse_EncodedEntry_RoundTrips()
    {
        var parsed = LedgerEntryFormat.Parse(LedgerEntryFormat.Encode(Sample with { PolicyVersion = "2026-11-01.1" }));

        Assert.True(parsed.IsSuccess);
        Assert.Equal("2026-11-01.1", parsed.Value.PolicyVersion);
        Assert.Equal([new string('c', 32), new string('d', 32)], parsed.Value.References);
        Assert.Equal(Sample.Time, parsed.Value.Time);
    }

    [Fact]
    public void Encode_EntryWithPublicPart_IsVersion2WithThePublicLineBeforeTheCommitment()
    {
        var text = Encoding.ASCII.GetString(LedgerEntryFormat.Encode(Sample with { Public = "{\"country\":\"DE\",\"accounts\":2}" }));

        Assert.Equal(
            "custos-event/v2\ntype 1001 staff.signed-in\ntime 2026-11-22T05:33:13.123Z\npolicy -\n" +
            $"actor {new string('a', 32)}\nsubject {new string('b', 32)}\nref {new string('c', 32)}\nref {new string('d', 32)}\n" +
            $"public {{\"country\":\"DE\",\"accounts\":2}}\ncommitment {new string('e', 64)}\n",
            text);
    }

    [Fact]
    public void Parse_Version2Entry_RoundTripsWithItsPublicPart()
    {
        var entry = Sample with { References = [], Public = "{\"a\":[1,2],\"b\":\"x y\"}" };

        var parsed = LedgerEntryFormat.Parse(LedgerEntryFormat.Encode(entry));

        Assert.True(parsed.IsSuccess, parsed.IsSuccess ? null : parsed.Error.Message);
        Assert.Equal(entry.Public, parsed.Value.Public);
        Assert.Empty(parsed.Value.References);
        Assert.Null(LedgerEntryFormat.Parse(LedgerEntryFormat.Encode(Sample)).Value.Public);
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("{\"a\":1")]
    [InlineData("{\"a\":\"\u00e9\u0000\"} x")]
    [InlineData("{\"a\":\"\u00e9\"}\u00e9")]
    public void Encode_PublicPartThatIsNotOneAsciiJsonObject_IsRefused(string publicPart) =>
        Assert.Throws<ArgumentException>(() => LedgerEntryFormat.Encode(Sample with { Public = System.Text.RegularExpressions.Regex.Unescape(publicPart) }));

    [Theory]
    [InlineData("custos-event/v2\ntype 1001 staff.signed-in\ntime 2026-11-22T05:33:13.123Z\npolicy -\nactor a\nsubject b\ncommitment c\n")]
    [InlineData("custos-event/v2\ntype 1001 staff.signed-in\ntime 2026-11-22T05:33:13.123Z\npolicy -\nactor a\nsubject b\npublic [1]\ncommitment c\n")]
    [InlineData("custos-event/v2\ntype 1001 staff.signed-in\ntime 2026-11-22T05:33:13.123Z\npolicy -\nactor a\nsubject b\npublic {}\nref c\ncommitment c\n")]
    [InlineData("custos-event/v1\ntype 1001 staff.signed-in\ntime 2026-11-22T05:33:13.123Z\npolicy -\nactor a\nsubject b\npublic {}\ncommitment c\n")]
    public void Parse_MalformedVersion2_IsRefused(string text) =>
        Assert.False(LedgerEntryFormat.Parse(Encoding.UTF8.GetBytes(text)).IsSuccess);

    [Theory]
    [InlineData("custos-event/v3\n")]
    [InlineData("custos-event/v1\ntype 1001 staff.signed-in\n")]
    [InlineData("custos-event/v1\ntype x staff.signed-in\ntime 2026-11-22T05:33:13.123Z\npolicy -\nactor a\nsubject b\ncommitment c\n")]
    [InlineData("custos-event/v1\ntype 1001 staff.signed-in\ntime 2026-11-22T05:33:13Z\npolicy -\nactor a\nsubject b\ncommitment c\n")]
    [InlineData("custos-event/v1\ntype 1001 staff.signed-in\ntime 2026-11-22T05:33:13.123Z\npolicy -\nactor a\nsubject b\nref z\nref y\ncommitment c\n")]
    [InlineData("custos-event/v1\ntype 1001 staff.signed-in\ntime 2026-11-22T05:33:13.123Z\npolicy -\nactor a\nsubject b\ncommitment c")]
    public void Parse_MalformedOrNonCanonical_IsRefused(string text) =>
        Assert.False(LedgerEntryFormat.Parse(Encoding.UTF8.GetBytes(text)).IsSuccess);

    [Fact]
    public void Opaque_SameReference_SameIdentifierButDifferentKeysDiffer()
    {
        var key = new LedgerIdentityKey(new byte[32]);
        var other = new LedgerIdentityKey(Enumerable.Repeat((byte)1, 32).ToArray());

        Assert.Equal(key.Opaque("customer:C1"), key.Opaque("customer:C1"));
        Assert.NotEqual(key.Opaque("customer:C1"), key.Opaque("customer:C2"));
        Assert.NotEqual(key.Opaque("customer:C1"), other.Opaque("customer:C1"));
        Assert.Matches("^[0-9a-f]{32}$", key.Opaque("customer:C1"));
    }
}
