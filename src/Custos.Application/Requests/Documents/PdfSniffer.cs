namespace Custos.Application.Requests.Documents;

/// <summary>
/// A PDF starts with its header (<c>%PDF-1.7</c>, <c>%PDF-2.0</c>) and ends with an <c>%%EOF</c> marker. Readers look for
/// the marker in the last 1,024 bytes (the window Acrobat uses), which leaves room for trailing line ends.
/// </summary>
internal static class PdfSniffer
{
    private const int EndWindow = 1024;

    public static ContentFault? Check(ReadOnlySpan<byte> content)
    {
        if (!content.StartsWith("%PDF-"u8))
        {
            return new ContentFault($"it does not start with a PDF header such as %PDF-1.7{ContentGuess.Suffix(content)}");
        }

        if (content.Length < 8 || !char.IsAsciiDigit((char)content[5]) || content[6] != (byte)'.' || !char.IsAsciiDigit((char)content[7]))
        {
            return new ContentFault("its header carries no version number such as %PDF-1.7");
        }

        var end = content[Math.Max(0, content.Length - EndWindow)..];
        return end.IndexOf("%%EOF"u8) < 0
            ? new ContentFault("it has no %%EOF end-of-file marker in its last 1,024 bytes, so it is cut short or has something appended")
            : null;
    }
}
