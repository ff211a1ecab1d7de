using System.Text;
using Custos.Application.Scrutiny;
using Custos.Domain.Requests;

namespace Custos.Application.Tests.Scrutiny;

/// <summary>Bad request JSON is refused with words for people: the field and what was expected, never .NET's own text.</summary>
public class RequestJsonErrorTests
{
    private static readonly string[] DotNetWords = ["System.", "Custos.", "Nullable", "BytePositionInLine", "LineNumber", "Expected depth", "JSON value could not be converted", ".NET"];

    [Theory]
    [InlineData("""{"kind":"production","offence":{"maxPenaltyYears":"ten"}}""", "$.offence.maxPenaltyYears", "a whole number")]
    [InlineData("""{"kind":"production","legalProcess":{"type":"subpoena","signed":"yes"}}""", "$.legalProcess.signed", "true or false")]
    [InlineData("""{"kind":"production","targets":{"type":"account"}}""", "$.targets", "a list")]
    [InlineData("""{"kind":"production","reference":42}""", "$.reference", "text in double quotes")]
    [InlineData("""{"kind":"production","dateRange":{"from":"yesterday"}}""", "$.dateRange.from", "is not a date")]
    [InlineData("""{"kind":"production","gagOrder":true}""", "gagOrder", "is not a field of the request format")]
    [InlineData("""{"kind":"production","kind":"freeze"}""", "kind", "appears more than once")]
    [InlineData("""{"kind":"production","officer":null}""", "$", "production")]
    public void ReadAgencySubmission_BadValue_NamesTheFieldInPlainWords(string json, string field, string expected)
    {
        var result = RequestJson.ReadAgencySubmission(json);

        if (field == "$" && expected == "production")
        {
            // A null where the format allows one (officer is optional) is accepted.
            Assert.True(result.IsSuccess, result.IsSuccess ? null : result.Error.Message);
            return;
        }

        Assert.False(result.IsSuccess);
        Assert.Contains(field, result.Error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, result.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(DotNetWords, word => result.Error.Message.Contains(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"kind": "production" """, "ends before")]
    [InlineData("""{"kind": "production"}}""", "more text after")]
    [InlineData("""{"kind": production}""", "cannot start with this character")]
    [InlineData("""{"kind" "production"}""", "':' is missing")]
    public void ReadAgencySubmission_NotJson_SaysWhereInLinesAndColumns(string json, string expected)
    {
        var result = RequestJson.ReadAgencySubmission(json);

        Assert.False(result.IsSuccess);
        Assert.Contains("not valid JSON at line 1, column", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, result.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(DotNetWords, word => result.Error.Message.Contains(word, StringComparison.Ordinal));
    }

    [Fact]
    public void ReadRequest_NullWhereTheFormatNeedsAValue_IsRefusedNamingIt()
    {
        var result = RequestJson.ReadRequest("""{"receivedAt":"2026-01-01T00:00:00Z","channel":"post","kind":"production","agency":null}""");

        Assert.False(result.IsSuccess);
        Assert.Contains("'agency' cannot be null", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRequest_MissingRequiredFields_NamesThemWithoutTheTypeName()
    {
        var result = RequestJson.ReadRequest("""{"kind":"production"}""");

        Assert.False(result.IsSuccess);
        Assert.Contains("'receivedAt'", result.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(DotNetWords, word => result.Error.Message.Contains(word, StringComparison.Ordinal));
    }

    [Fact]
    public void ReadAgencySubmission_WithoutReceiptChannelAndAgency_IsAccepted()
    {
        var result = RequestJson.ReadAgencySubmission("""{"kind":"production","reference":"A-1"}""");

        Assert.True(result.IsSuccess, result.IsSuccess ? null : result.Error.Message);
        Assert.Equal("A-1", result.Value.Reference);
    }

    [Fact]
    public void ReadAgencySubmission_ReceiptChannelAndAgencyGiven_AreIgnoredWhateverTheyHold()
    {
        var result = RequestJson.ReadAgencySubmission(
            """{"kind":"production","receivedAt":"not a date","channel":"carrier-pigeon","agency":{"name":"Someone Else","bogus":1}}""");

        Assert.True(result.IsSuccess, result.IsSuccess ? null : result.Error.Message);
        Assert.Null(result.Value.Agency.Name);
        Assert.Equal(default, result.Value.ReceivedAt);
    }

    [Fact]
    public void DecodeUtf8_ByteOrderMark_IsAcceptedAndDropped()
    {
        var body = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{"kind":"production"}""")).ToArray();

        var text = RequestJson.DecodeUtf8(body);

        Assert.True(text.IsSuccess);
        Assert.True(RequestJson.ReadAgencySubmission(text.Value).IsSuccess);
    }

    [Fact]
    public void DecodeUtf8_InvalidSequence_IsRefusedNotReplaced()
    {
        byte[] body = [.. Encoding.UTF8.GetBytes("""{"kind":"production","reference":"A"""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}")];

        var text = RequestJson.DecodeUtf8(body);

        Assert.False(text.IsSuccess);
        Assert.Contains("not valid UTF-8", text.Error.Message, StringComparison.Ordinal);
    }
}
