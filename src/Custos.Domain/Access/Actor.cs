using Custos.Domain.Staff;

namespace Custos.Domain.Access;

/// <summary>
/// Who is acting, as recorded in the ledger and as the access rules see them: a member of staff (signed in, or through
/// a staff API key acting as its owner) with their roles and region, an agency officer or an agency API key with their
/// agency, the operator at the server's command line, Custos itself, or nobody signed in.
/// </summary>
public sealed record Actor
{
    private Actor(string id, ActorKind kind, IReadOnlySet<string>? roles = null, string? region = null, string? agencyId = null)
    {
        Id = id;
        Kind = kind;
        Roles = roles ?? new HashSet<string>(StringComparer.Ordinal);
        Region = region ?? StaffRegion.Global;
        AgencyId = agencyId;
    }

    /// <summary>Stable opaque identifier (<c>staff:&lt;id&gt;</c>, <c>officer:&lt;id&gt;</c>, <c>apikey:&lt;id&gt;</c>, <c>cli</c>, <c>system</c>).</summary>
    public string Id { get; }

    /// <summary>What kind of actor this is.</summary>
    public ActorKind Kind { get; }

    /// <summary>The staff roles held (empty for anyone but staff).</summary>
    public IReadOnlySet<string> Roles { get; }

    /// <summary>Where a member of staff works (<see cref="StaffRegion.Global"/> for the central function).</summary>
    public string Region { get; }

    /// <summary>The agency an officer or an agency API key acts for.</summary>
    public string? AgencyId { get; }

    /// <summary>Custos itself (triage, background jobs).</summary>
    public static Actor System { get; } = new("system", ActorKind.System);

    /// <summary>The operator at the server's command line, who holds the data folder and the keys anyway.</summary>
    public static Actor CommandLine { get; } = new("cli", ActorKind.Operator);

    /// <summary>Nobody signed in (a failed sign-in, a registration).</summary>
    public static Actor Anonymous { get; } = new("anonymous", ActorKind.Anonymous);

    /// <summary>A member of staff as an identity only, with no roles: for records about them, never to authorise.</summary>
    public static Actor Staff(string userId) => new("staff:" + userId, ActorKind.Staff);

    /// <summary>A member of staff acting with their roles and region.</summary>
    public static Actor StaffMember(string userId, IEnumerable<string> roles, string region) =>
        new("staff:" + userId, ActorKind.Staff, roles.ToHashSet(StringComparer.Ordinal), region);

    /// <summary>An agency officer (signed in to the portal, or registering).</summary>
    public static Actor Officer(string officerId, string? agencyId = null) => new("officer:" + officerId, ActorKind.Officer, agencyId: agencyId);

    /// <summary>An agency's API key.</summary>
    public static Actor ApiKey(string keyId, string? agencyId = null) => new("apikey:" + keyId, ActorKind.AgencyKey, agencyId: agencyId);

    /// <summary>Whether this member of staff holds <paramref name="role"/>.</summary>
    public bool Holds(string role) => Roles.Contains(role);

    /// <summary>Whether this is staff outside the central (global) function.</summary>
    public bool IsRegional => Kind == ActorKind.Staff && StaffRegion.IsRegional(Region);
}
