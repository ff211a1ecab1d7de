using Custos.Domain.Common;
using Custos.Domain.Staff;

namespace Custos.Domain.Access;

/// <summary>
/// Who may do what. The one place the roles of staff are turned into permissions: the web's authorisation policies,
/// the pages (to show or hide an action) and the use cases (which refuse) all ask here. The operator at the command
/// line, and Custos itself acting on the operator's configuration (start-up, the demo), may do everything a person
/// could; agencies and anonymous callers no staff action.
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
        [StaffAction.ManageAgencyRegistry] = [StaffRole.IntakeAnalyst, StaffRole.ComplianceOfficer, StaffRole.Administrator],
        [StaffAction.ReadCustomerData] = [.. StaffRole.CustomerDataReaders],
        [StaffAction.Administer] = [StaffRole.Administrator],
        [StaffAction.ReadPolicy] = [StaffRole.Administrator, StaffRole.Auditor, .. Reviewers],
        [StaffAction.InstallPolicy] = [StaffRole.Administrator],
    };

    /// <summary>Whether <paramref name="actor"/> may take <paramref name="action"/>.</summary>
    public static bool May(Actor actor, StaffAction action)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Kind switch
        {
            ActorKind.Operator or ActorKind.System => true,
            ActorKind.Staff => Roles.TryGetValue(action, out var roles) && roles.Any(actor.Holds),
            _ => false,
        };
    }

    /// <summary>Null when <paramref name="actor"/> may take <paramref name="action"/>, else the refusal to return.</summary>
    public static Error? Check(Actor actor, StaffAction action) =>
        May(actor, action) ? null : Denied(action);

    /// <summary>The roles that allow <paramref name="action"/>, for messages and documentation.</summary>
    public static IReadOnlyList<string> RolesFor(StaffAction action) => Roles.TryGetValue(action, out var roles) ? roles : [];

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
        StaffAction.ManageAgencyRegistry => "change the agency registry",
        StaffAction.ReadCustomerData => "read customer data",
        StaffAction.Administer => "administer staff accounts and keys",
        StaffAction.ReadPolicy => "read the policy",
        StaffAction.InstallPolicy => "install a policy version",
        _ => KebabCase.Format(action),
    };
}
