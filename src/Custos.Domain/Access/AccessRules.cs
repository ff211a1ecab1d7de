using Custos.Domain.Common;
using Custos.Domain.Staff;

namespace Custos.Domain.Access;

/// <summary>
/// Who may do what. The one place the roles and the region of staff are turned into permissions: the web's
/// authorisation policies, the pages (to show or hide an action) and the use cases (which refuse, and record the
/// refusal) all ask here. Regional staff take requests in and nothing more, whatever roles they hold. The operator at
/// the command line, and Custos itself acting on the operator's configuration (start-up, the demo), may do everything a
/// person could; agencies and anonymous callers no staff action.
/// </summary>
public static class AccessRules
{
    private static readonly string[] Reviewers = [.. StaffRole.Reviewers];

    private static readonly Dictionary<StaffAction, string[]> Roles = new()
    {
        [StaffAction.UseConsole] = [.. StaffRole.All],
        [StaffAction.ReadRequests] = [StaffRole.IntakeAnalyst, .. Reviewers, StaffRole.Administrator],
        [StaffAction.TakeIn] = [StaffRole.IntakeAnalyst, StaffRole.Administrator],
        [StaffAction.VerifyRequester] = [StaffRole.IntakeAnalyst, StaffRole.Administrator],
        [StaffAction.AskClarification] = [StaffRole.IntakeAnalyst, .. Reviewers, StaffRole.Administrator],
        [StaffAction.CloseRequest] = [StaffRole.IntakeAnalyst, .. Reviewers, StaffRole.Administrator],
        [StaffAction.RegisterAgency] = [StaffRole.IntakeAnalyst, StaffRole.ComplianceOfficer, StaffRole.Administrator],
        [StaffAction.ReadCustomerData] = [.. StaffRole.CustomerDataReaders],
        [StaffAction.Administer] = [StaffRole.Administrator],
        [StaffAction.ReadPolicy] = [StaffRole.Administrator, StaffRole.Auditor, .. Reviewers],
        [StaffAction.InstallPolicy] = [StaffRole.Administrator],
        [StaffAction.MessageAgency] = [StaffRole.IntakeAnalyst, .. Reviewers, StaffRole.Administrator],
        [StaffAction.DecideTrust] = [StaffRole.IntakeAnalyst, StaffRole.ComplianceOfficer, StaffRole.SeniorEscalation, StaffRole.Administrator],
        [StaffAction.ManageAgencyAccess] = [StaffRole.IntakeAnalyst, StaffRole.ComplianceOfficer, StaffRole.Administrator],
        [StaffAction.CloseInformalApproach] = [StaffRole.SeniorEscalation],
        [StaffAction.SeeTargetAccounts] = [StaffRole.IntakeAnalyst, .. Reviewers, StaffRole.Administrator],
        [StaffAction.ReadCustomerAccessHistory] = [StaffRole.PrivacyOfficer, StaffRole.Auditor],
        [StaffAction.ReadAudit] = [.. StaffRole.All],
        [StaffAction.ReadSanctionsAlerts] = [StaffRole.ComplianceOfficer, StaffRole.SeniorEscalation],
        [StaffAction.DisposeSanctionsAlerts] = [StaffRole.ComplianceOfficer],
        [StaffAction.ApplyRestrictions] = [StaffRole.ComplianceOfficer],
    };

    /// <summary>
    /// What regional staff may do at all: take requests in (paper orders, informal approaches, registrations to triage),
    /// write routine messages to the agency, and see what they took in — never verify, clear, certify, key, close,
    /// decide, withdraw or open customer data.
    /// </summary>
    public static IReadOnlySet<StaffAction> Regional { get; } = new HashSet<StaffAction>
    {
        StaffAction.UseConsole, StaffAction.ReadRequests, StaffAction.TakeIn, StaffAction.RegisterAgency, StaffAction.MessageAgency,
    };

    /// <summary>Whether <paramref name="actor"/> may take <paramref name="action"/>.</summary>
    public static bool May(Actor actor, StaffAction action)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Kind switch
        {
            ActorKind.Operator or ActorKind.System => true,
            ActorKind.Staff => (!actor.IsRegional || Regional.Contains(action)) && Roles.TryGetValue(action, out var roles) && roles.Any(actor.Holds),
            _ => false,
        };
    }

    /// <summary>Null when <paramref name="actor"/> may take <paramref name="action"/>, else the refusal to return.</summary>
    public static Error? Check(Actor actor, StaffAction action) =>
        May(actor, action) ? null : Denied(actor, action);

    /// <summary>
    /// Whether <paramref name="actor"/> may see a request that <paramref name="submittedBy"/> took in: central staff who
    /// read requests see every one; regional staff only what they took in themselves.
    /// </summary>
    public static bool MaySeeRequest(Actor actor, string submittedBy)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return May(actor, StaffAction.ReadRequests) && (!actor.IsRegional || string.Equals(actor.Id, submittedBy, StringComparison.Ordinal));
    }

    /// <summary>The roles that allow <paramref name="action"/>, for messages and documentation.</summary>
    public static IReadOnlyList<string> RolesFor(StaffAction action) => Roles.TryGetValue(action, out var roles) ? roles : [];

    /// <summary>The refusal of <paramref name="action"/> to <paramref name="actor"/>, saying why.</summary>
    public static Error Denied(Actor actor, StaffAction action)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsRegional && !Regional.Contains(action) && RolesFor(action).Any(actor.Holds)
            ? Error.Forbidden("access.regional", $"You may not {Describe(action)}: regional staff take requests in and nothing more; a member of the central function must do it.")
            : Denied(action);
    }

    /// <summary>The refusal of <paramref name="action"/>, naming who may take it.</summary>
    public static Error Denied(StaffAction action) => Error.Forbidden(
        "access.denied",
        $"You may not {Describe(action)}; that needs the role of {string.Join(" or ", RolesFor(action).Select(StaffRole.Title).Select(t => t.ToLowerInvariant()))}.");

    private static string Describe(StaffAction action) => action switch
    {
        StaffAction.UseConsole => "use the console",
        StaffAction.ReadRequests => "read requests",
        StaffAction.TakeIn => "take requests in",
        StaffAction.VerifyRequester => "start review or record a failed verification",
        StaffAction.AskClarification => "ask the agency a question",
        StaffAction.CloseRequest => "close a request",
        StaffAction.RegisterAgency => "register an agency or flag one",
        StaffAction.ReadCustomerData => "read customer data",
        StaffAction.Administer => "administer staff accounts and keys",
        StaffAction.ReadPolicy => "read the policy",
        StaffAction.InstallPolicy => "install a policy version",
        StaffAction.MessageAgency => "write to the agency",
        StaffAction.DecideTrust => "propose or approve a trust decision (a verification, clearing a flag, a certificate, an agency key)",
        StaffAction.ManageAgencyAccess => "activate or disable officers, add domains or revoke agency keys",
        StaffAction.CloseInformalApproach => "close an escalated informal approach",
        StaffAction.SeeTargetAccounts => "see which accounts a request's targets reach",
        StaffAction.ReadCustomerAccessHistory => "read who opened a customer's record",
        StaffAction.ReadAudit => "read the ledger timeline of any subject",
        StaffAction.ReadSanctionsAlerts => "see sanctions alerts",
        StaffAction.DisposeSanctionsAlerts => "confirm or dismiss a sanctions alert",
        StaffAction.ApplyRestrictions => "record the restrictions a sanctions regime requires",
        _ => KebabCase.Format(action),
    };
}
