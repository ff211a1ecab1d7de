using System.Text;
using static Custos.Application.Tests.Requests.Documents.DocumentAssert;
using static Custos.Application.Tests.Requests.Documents.SampleDocuments;

namespace Custos.Application.Tests.Requests.Documents;

public class PdfContentTests
{
    [Fact]
    public void CheckOne_MinimalPdf_IsAccepted()
    {
        Accepted("subpoena.pdf", "application/pdf", Pdf());
        Accepted("subpoena.pdf", "application/pdf; charset=binary", Pdf());
    }

    [Fact]
    public void CheckOne_PngDeclaredAsPdf_IsRefusedSayingItLooksLikeAPng() =>
        NotA("subpoena.pdf", "application/pdf", Png(), "a PDF", "it does not start with a PDF header such as %PDF-1.7 (it looks like a PNG image)");

    [Fact]
    public void CheckOne_PdfHeaderWithoutVersion_IsRefused() =>
        NotA("subpoena.pdf", "application/pdf", Encoding.ASCII.GetBytes("%PDF-<html>\n%%EOF"), "a PDF", "its header carries no version number");

    [Fact]
    public void CheckOne_PdfCutShort_IsRefused() =>
        NotA("subpoena.pdf", "application/pdf", Pdf()[..^20], "a PDF", "it has no %%EOF end-of-file marker in its last 1,024 bytes");

    [Fact]
    public void CheckOne_PdfWithMoreThanAKilobyteAppended_IsRefused()
    {
        NotA("subpoena.pdf", "application/pdf", [.. Pdf(), .. new byte[1024]], "a PDF", "it has no %%EOF end-of-file marker");
        Accepted("subpoena.pdf", "application/pdf", [.. Pdf(), .. "\r\n\r\n"u8]);
    }
}
