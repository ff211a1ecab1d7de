using Custos.Domain.Staff;

namespace Custos.Domain.Decisions;

/// <summary>
/// The functions a quorum is made of, spelled as the policy spells them (<c>baseApprovals</c>, a rule's
/// <c>approvals</c>, a scrutiny result's <c>requiredApprovals</c>), and the one staff role that fills each. A person fills
/// a function by holding its role; a person holding several roles still fills only one function of a quorum.
/// </summary>
public static class ApprovalFunction
{
    /// <summary>A legal reviewer.</summary>
    public const string Legal = "legal";

    /// <summary>A compliance officer.</summary>
    public const string Compliance = "compliance";

    /// <summary>A privacy officer (data protection officer).</summary>
    public const string Privacy = "privacy";

    /// <summary>A human-rights reviewer.</summary>
    public const string HumanRights = "human-rights";

    /// <summary>Senior escalation.</summary>
    public const string Senior = "senior";

    /// <summary>Every function, in the order quorums list them.</summary>
    public static IReadOnlyList<string> All { get; } = [Legal, Compliance, Privacy, HumanRights, Senior];

    /// <summary>The staff role that fills <paramref name="function"/>; null for a name the policy used that no role fills.</summary>
    public static string? RoleFor(string function) => function switch
    {
        Legal => StaffRole.LegalReviewer,
        Compliance => StaffRole.ComplianceOfficer,
        Privacy => StaffRole.PrivacyOfficer,
        HumanRights => StaffRole.HumanRightsReviewer,
        Senior => StaffRole.SeniorEscalation,
        _ => null,
    };

    /// <summary>The functions <paramref name="roles"/> can fill, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> FunctionsOf(IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var held = roles.ToHashSet(StringComparer.Ordinal);
        return All.Where(f => held.Contains(RoleFor(f)!)).ToArray();
    }

    /// <summary>Whether a role fills <paramref name="function"/>.</summary>
    public static bool IsKnown(string function) => RoleFor(function) is not null;

    /// <summary>The function in words, for people ("Legal reviewer").</summary>
    public static string Title(string function) => RoleFor(function) is { } role ? StaffRole.Title(role) : function;
}
