using Custos.Application.Requests;
using static Custos.Application.Tests.Requests.Documents.DocumentAssert;
using static Custos.Application.Tests.Requests.Documents.SampleDocuments;

namespace Custos.Application.Tests.Requests.Documents;

public class DocumentNameTests
{
    [Theory]
    [InlineData("subpoena.pdf")]
    [InlineData("Beschluss vom 3. März 2025 (Kopie).pdf")]
    [InlineData("قرار المحكمة.pdf")]
    [InlineData("постановление №12.pdf")]
    [InlineData("order..final.pdf")]
    [InlineData(".order.pdf")]
    [InlineData("\U0001F4C4 order.pdf")]
    public void CheckOne_OrdinaryName_IsAccepted(string name) => Accepted(name, "application/pdf", Pdf());

    [Fact]
    public void CheckOne_NameOf200Characters_IsAccepted() => Accepted(new string('a', 196) + ".pdf", "application/pdf", Pdf());

    [Theory]
    [InlineData("orders/subpoena.pdf", "The document name \"orders/subpoena.pdf\" contains a path separator ('/')")]
    [InlineData("..\\subpoena.pdf", "The document name \"..\\subpoena.pdf\" contains a path separator ('\\')")]
    [InlineData("../../etc/passwd", "contains a path separator ('/')")]
    [InlineData(".", "The document name \".\" is only dots")]
    [InlineData("..", "The document name \"..\" is only dots")]
    [InlineData("....", "The document name \"....\" is only dots")]
    [InlineData(" subpoena.pdf", "The document name \" subpoena.pdf\" starts or ends with a space")]
    [InlineData("subpoena.pdf ", "starts or ends with a space")]
    [InlineData("subpoena.pdf\u00A0", "starts or ends with a space")]
    [InlineData("   ", "starts or ends with a space")]
    [InlineData("", "The document name is empty")]
    public void CheckOne_NameThatIsAPathOrBlank_IsRefusedSayingWhy(string name, string saying) =>
        Refused(name, "application/pdf", Pdf(), NameInvalid, saying);

    [Theory]
    [InlineData("sub\u0000poena.pdf", "U+0000")]
    [InlineData("subpoena.pdf\t", "U+0009")]
    [InlineData("sub\npoena.pdf", "U+000A")]
    [InlineData("sub\u001Bpoena.pdf", "U+001B")]
    [InlineData("sub\u007Fpoena.pdf", "U+007F")]
    [InlineData("sub\u0085poena.pdf", "U+0085")]
    public void CheckOne_NameWithControlCharacter_IsRefusedNamingIt(string name, string code)
    {
        var error = Refused(name, "application/pdf", Pdf(), NameInvalid, "contains the control character " + code);
        Assert.Contains("\\u" + code[2..], error.Message, StringComparison.Ordinal); // shown escaped
        Assert.DoesNotContain(error.Message, char.IsControl);
    }

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
    [InlineData("\u200E")]
    [InlineData("\u200F")]
    [InlineData("\u061C")]
    public void CheckOne_NameWithBidirectionalCharacter_IsRefusedShowingItEscaped(string control)
    {
        var code = $"{(int)control[0]:X4}";
        var error = Refused("invoice" + control + "fdp.exe", "application/pdf", Pdf(), NameInvalid,
            $"The document name \"invoice\\u{code}fdp.exe\" contains the invisible bidirectional character U+{code}");
        Assert.DoesNotContain(control, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckOne_NameOver200Characters_IsRefusedSayingItsLength() =>
        Refused(new string('a', 197) + ".pdf", "application/pdf", Pdf(), NameInvalid, "The document name is 201 characters long, more than 200");

    [Fact]
    public void CheckOne_NameWithUnpairedSurrogate_IsRefused()
    {
        Refused("order\uD83D.pdf", "application/pdf", Pdf(), NameInvalid, "The document name \"order\\uD83D.pdf\" contains a broken character");
        Refused("order.pdf\uDCC4", "application/pdf", Pdf(), NameInvalid, "contains a broken character (an unpaired UTF-16 surrogate)");
    }

    [Fact]
    public void Check_SeveralUploads_RefusesEachBadOneOnItsOwnFieldAndKeepsTheGoodOnes()
    {
        UploadedDocument[] uploads =
        [
            new("scan.png", "image/png", Png()),
            new("page.png", "image/png", Html()),
            new("notes.txt", "text/plain", Utf8("line\0")),
            new("a/b.pdf", "application/pdf", Pdf()),
            new("order.docx", DocxType, Docx()),
        ];

        var (documents, errors) = DocumentRules.Check(uploads, [], new IntakeOptions());

        Assert.Equal(["scan.png", "order.docx"], documents.Select(d => d.Name));
        Assert.Equal(
            [("request.document-content-mismatch", "documents[1]"), ("request.document-content-mismatch", "documents[2]"), ("request.document-name-invalid", "documents[3]")],
            errors.Select(e => (e.Code, e.Field!)));
        Assert.StartsWith("page.png is declared as a PNG image", errors[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("notes.txt is declared as UTF-8 plain text", errors[1].Message, StringComparison.Ordinal);
    }
}
