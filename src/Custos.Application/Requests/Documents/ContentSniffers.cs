namespace Custos.Application.Requests.Documents;

/// <summary>Checks a document's content against its declared media type, with one sniffer per accepted type.</summary>
internal static class ContentSniffers
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The type in words ("a PNG image"), or null for a type whose content Custos cannot check and so does not accept.</summary>
    public static string? Describe(string mediaType) => mediaType switch
    {
        "application/pdf" => "a PDF",
        "image/png" => "a PNG image",
        "image/jpeg" => "a JPEG image",
        "image/tiff" => "a TIFF image",
        "text/plain" => "UTF-8 plain text",
        Docx => "a Word document (.docx)",
        _ => null,
    };

    /// <summary>What is wrong with <paramref name="content"/> for <paramref name="mediaType"/>, or null when it is what it says.</summary>
    public static ContentFault? Check(string mediaType, byte[] content, IntakeOptions options) => mediaType switch
    {
        "application/pdf" => PdfSniffer.Check(content),
        "image/png" => PngSniffer.Check(content),
        "image/jpeg" => JpegSniffer.Check(content),
        "image/tiff" => TiffSniffer.Check(content),
        "text/plain" => PlainTextSniffer.Check(content),
        Docx => DocxSniffer.Check(content, options),
        _ => throw new ArgumentOutOfRangeException(nameof(mediaType), mediaType, "No content check for this media type."),
    };
}
