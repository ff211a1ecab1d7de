using QRCoder;

namespace Custos.Web.Pages.Shared;

/// <summary>QR codes drawn on the server (QRCoder) as PNG data URIs: no script, and the CSP allows <c>img-src data:</c>.</summary>
public static class QrCode
{
    /// <summary>A PNG data URI of <paramref name="text"/> (medium error correction, 5 pixels a module, quiet zone drawn).</summary>
    public static string DataUri(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var png = PngByteQRCodeHelper.GetQRCode(text, QRCodeGenerator.ECCLevel.M, 5, true);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
