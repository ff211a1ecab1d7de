using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Policy;
using Custos.Domain.Requests;
using Custos.Domain.Staff;

namespace Custos.Domain.Agencies;

/// <summary>
/// Four eyes on trust: recording an agency as verified out-of-band, clearing a reputation flag, registering a
/// production certificate and creating an agency API key are proposed by one person and applied only when a second,
/// different person of the central function approves; for a financial intelligence unit or an agency of a high-risk
/// jurisdiction the second person is senior escalation. The operator at the command line (who holds the keys and the
/// data folder anyway) and Custos itself act in one step.
/// </summary>
public static class TrustRules
{
    /// <summary>Whether <paramref name="actor"/> may apply a trust decision alone (the operator, or Custos itself).</summary>
    public static bool ActsAlone(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Kind is ActorKind.Operator or ActorKind.System;
    }

    /// <summary>Whether approving a trust decision about this agency needs senior escalation.</summary>
    public static bool NeedsSeniorApproval(AgencyType type, RiskTier tier) => type == AgencyType.Fiu || tier == RiskTier.High;

    /// <summary>Null when <paramref name="approver"/> may approve what <paramref name="proposedBy"/> proposed; else why not.</summary>
    public static Error? CheckApprover(string proposedBy, Actor approver, bool seniorRequired)
    {
        ArgumentNullException.ThrowIfNull(approver);
        if (AccessRules.Check(approver, StaffAction.DecideTrust) is { } denied)
        {
            return denied;
        }

        if (string.Equals(proposedBy, approver.Id, StringComparison.Ordinal))
        {
            return Error.Forbidden("trust.own-proposal", "Nobody approves their own proposal: a second person of the central function must.");
        }

        return seniorRequired && approver.Kind == ActorKind.Staff && !approver.Holds(StaffRole.SeniorEscalation)
            ? Error.Forbidden("trust.senior-required", "This agency is a financial intelligence unit or of a high-risk jurisdiction: senior escalation must approve.")
            : null;
    }

    /// <summary>The refusal for a member of staff who tries to apply a trust decision in one step.</summary>
    public static Error FourEyesRequired(TrustChangeKind kind) => Error.Forbidden(
        "trust.four-eyes", $"{Describe(kind)} takes two people: propose it, and a second person of the central function approves it.");

    /// <summary>The decision in words, capitalised.</summary>
    public static string Describe(TrustChangeKind kind) => kind switch
    {
        TrustChangeKind.RecordVerification => "Recording an out-of-band verification",
        TrustChangeKind.ClearFlag => "Clearing a reputation flag",
        TrustChangeKind.RegisterCertificate => "Registering a production certificate",
        TrustChangeKind.CreateAgencyKey => "Creating an agency API key",
        _ => KebabCase.Format(kind),
    };
}
