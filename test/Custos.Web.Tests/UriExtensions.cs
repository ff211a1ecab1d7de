namespace Custos.Web.Tests;

internal static class UriExtensions
{
    /// <summary>The path and query of a possibly relative redirect location.</summary>
    public static string PathAndQuery(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
