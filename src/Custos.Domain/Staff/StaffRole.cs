namespace Custos.Domain.Staff;

/// <summary>
/// The roles a member of staff can hold. The string values are stable: they are stored, put in sign-in claims and
/// written to the ledger, so they are never renamed.
/// </summary>
public static class StaffRole
{
    public const string IntakeAnalyst = "intake-analyst";
    public const string LegalReviewer = "legal-reviewer";
    public const string ComplianceOfficer = "compliance-officer";
    public const string PrivacyOfficer = "privacy-officer";
    public const string HumanRightsReviewer = "human-rights-reviewer";
    public const string SeniorEscalation = "senior-escalation";
    public const string Administrator = "administrator";
    public const string Auditor = "auditor";

    /// <summary>Every role, in the order the console lists them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        IntakeAnalyst, LegalReviewer, ComplianceOfficer, PrivacyOfficer, HumanRightsReviewer, SeniorEscalation,
        Administrator, Auditor,
    ];

    /// <summary>Roles whose holders review and decide on requests (and so may be part of an approval quorum).</summary>
    public static IReadOnlyList<string> Reviewers { get; } =
        [LegalReviewer, ComplianceOfficer, PrivacyOfficer, HumanRightsReviewer, SeniorEscalation];

    /// <summary>
    /// Roles allowed to search the platform's customer data and open a record for a request they review. Administrators
    /// manage accounts and keys, not requests, and have no need to know.
    /// </summary>
    public static IReadOnlyList<string> CustomerDataReaders { get; } =
        [IntakeAnalyst, LegalReviewer, ComplianceOfficer, PrivacyOfficer, HumanRightsReviewer, SeniorEscalation];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);

    /// <summary>A plain English title for a role, for people.</summary>
    public static string Title(string role) => role switch
    {
        IntakeAnalyst => "Intake analyst",
        LegalReviewer => "Legal reviewer",
        ComplianceOfficer => "Compliance officer",
        PrivacyOfficer => "Privacy officer",
        HumanRightsReviewer => "Human-rights reviewer",
        SeniorEscalation => "Senior escalation",
        Administrator => "Administrator",
        Auditor => "Auditor",
        _ => role,
    };
}
