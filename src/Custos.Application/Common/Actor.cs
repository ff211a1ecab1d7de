namespace Custos.Application.Common;

/// <summary>Who is acting: a member of staff, an API key, the command line, or Custos itself.</summary>
/// <param name="Id">Stable opaque identifier (<c>staff:&lt;id&gt;</c>, <c>officer:&lt;id&gt;</c>, <c>apikey:&lt;id&gt;</c>, <c>cli</c>, <c>system</c>).</param>
public sealed record Actor(string Id)
{
    public static Actor System { get; } = new("system");

    public static Actor CommandLine { get; } = new("cli");

    public static Actor Staff(string userId) => new("staff:" + userId);

    /// <summary>An agency officer (signed in to the portal, or registering).</summary>
    public static Actor Officer(string officerId) => new("officer:" + officerId);

    public static Actor ApiKey(string keyId) => new("apikey:" + keyId);

    public static Actor Anonymous { get; } = new("anonymous");
}
