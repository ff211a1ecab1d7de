using static Custos.Application.Tests.Requests.Documents.DocumentAssert;
using static Custos.Application.Tests.Requests.Documents.SampleDocuments;

namespace Custos.Application.Tests.Requests.Documents;

public class PlainTextContentTests
{
    private const string Text = "Ordonnance du 3 mars — Zürich, Αθήνα, 東京, القاهرة\r\n\tpage 2\f\n📄 end\n";

    [Fact]
    public void CheckOne_Utf8Text_IsAcceptedWithOrWithoutByteOrderMark()
    {
        Accepted("order.txt", "text/plain", Utf8(Text));
        Accepted("order.txt", "text/plain; charset=utf-8", Utf8(Text, byteOrderMark: true));
    }

    [Fact]
    public void CheckOne_TextWithNulByte_IsRefusedSayingWhere() =>
        NotA("order.txt", "text/plain", Utf8("order\0more"), "UTF-8 plain text", "it contains a NUL byte at byte 5, so it is binary data rather than text");

    [Fact]
    public void CheckOne_BinaryDeclaredAsText_IsRefused() =>
        NotA("order.txt", "text/plain", Png(), "UTF-8 plain text", "it is not valid UTF-8 text: the bytes at 0 are no UTF-8 character");

    [Theory]
    [InlineData("\u001B[2J cleared", "U+001B at byte 0")]
    [InlineData("bell \u0007", "U+0007 at byte 5")]
    [InlineData("delete \u007F", "U+007F at byte 7")]
    [InlineData("csi \u009B2J", "U+009B at byte 4")]
    [InlineData("é\u0085", "U+0085 at byte 2")]
    public void CheckOne_TextWithControlCharacter_IsRefusedNamingIt(string text, string saying) =>
        NotA("order.txt", "text/plain", Utf8(text), "UTF-8 plain text", "it contains the control character " + saying);

    [Theory]
    [InlineData("\u202A")]
    [InlineData("\u202B")]
    [InlineData("\u202C")]
    [InlineData("\u202D")]
    [InlineData("\u202E")]
    [InlineData("\u2066")]
    [InlineData("\u2067")]
    [InlineData("\u2068")]
    [InlineData("\u2069")]
    public void CheckOne_TextWithBidirectionalControl_IsRefused(string control) =>
        NotA("order.txt", "text/plain", Utf8("amount: " + control + "000 01"), "UTF-8 plain text",
            $"it contains the bidirectional control U+{(int)control[0]:X4} at byte 8");

    [Theory]
    [InlineData(new byte[] { 0x61, 0xC0, 0xAF }, 1)] // overlong '/'
    [InlineData(new byte[] { 0x61, 0x62, 0xED, 0xA0, 0x80 }, 2)] // an encoded surrogate (CESU-8)
    [InlineData(new byte[] { 0x5A, 0xFC, 0x72 }, 1)] // Latin-1 "Zür"
    [InlineData(new byte[] { 0x61, 0xE2, 0x82 }, 1)] // cut short inside a character
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, 0)] // beyond U+10FFFF
    public void CheckOne_InvalidUtf8_IsRefusedByTheStrictDecoder(byte[] content, int at) =>
        NotA("order.txt", "text/plain", content, "UTF-8 plain text", $"it is not valid UTF-8 text: the bytes at {at} are no UTF-8 character");

    [Fact]
    public void CheckOne_Utf16Text_IsRefusedAskingForUtf8() =>
        NotA("order.txt", "text/plain", [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("order")], "UTF-8 plain text", "it is UTF-16 text; save it as UTF-8");
}
