using System.Text;

namespace Custos.Application.Requests.Documents;

/// <summary>
/// What a file looks like from its first bytes, only to make a refusal clearer ("it looks like an HTML page"); no decision
/// is taken on it.
/// </summary>
internal static class ContentGuess
{
    private static readonly (byte[] Signature, string Kind)[] Signatures =
    [
        ("%PDF-"u8.ToArray(), "a PDF"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("II*\0"u8.ToArray(), "a TIFF image"),
        ("MM\0*"u8.ToArray(), "a TIFF image"),
        ("PK\u0003\u0004"u8.ToArray(), "a ZIP archive (a Word document is one)"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an old-style Office file (.doc, .xls)"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ("{\\rtf"u8.ToArray(), "an RTF document"),
        ("MZ"u8.ToArray(), "a Windows program"),
        ("\u007FELF"u8.ToArray(), "a Linux program"),
    ];

    private static readonly (byte[] Prefix, string Kind)[] Markup =
    [
        ("<!doctype html"u8.ToArray(), "an HTML page"),
        ("<html"u8.ToArray(), "an HTML page"),
        ("<head"u8.ToArray(), "an HTML page"),
        ("<body"u8.ToArray(), "an HTML page"),
        ("<script"u8.ToArray(), "an HTML page"),
        ("<svg"u8.ToArray(), "an SVG image"),
        ("<?xml"u8.ToArray(), "an XML document"),
    ];

    /// <summary>" (it looks like an HTML page)", or empty when the start of the file says nothing familiar.</summary>
    public static string Suffix(ReadOnlySpan<byte> content) => Kind(content) is { } kind ? $" (it looks like {kind})" : string.Empty;

    /// <summary>The kind of file the first bytes suggest, such as "an HTML page"; null when they suggest none.</summary>
    public static string? Kind(ReadOnlySpan<byte> content)
    {
        foreach (var (signature, kind) in Signatures)
        {
            if (content.StartsWith(signature))
            {
                return kind;
            }
        }

        var text = content.StartsWith("\uFEFF"u8) ? content[3..] : content;
        var start = text.IndexOfAnyExcept(" \t\r\n"u8);
        if (start < 0 || start > 1024)
        {
            return null;
        }

        text = text[start..];
        foreach (var (prefix, kind) in Markup)
        {
            if (text.Length >= prefix.Length && Ascii.EqualsIgnoreCase(text[..prefix.Length], prefix))
            {
                return kind;
            }
        }

        return null;
    }
}
