using Custos.Domain.Lifecycle;
using Custos.Domain.Requests;
using Custos.Domain.Scrutiny;

namespace Custos.Domain.Intake;

/// <summary>Where a new request goes once it has been scrutinised, as the lifecycle transitions that take it there.</summary>
public static class RequestTriage
{
    /// <summary>
    /// The transitions from <see cref="RequestStatus.Received"/> (or, for an informal approach, from
    /// <see cref="RequestStatus.InformalApproach"/>): an informal approach is escalated; a request with any blocking
    /// intake finding goes back to the agency with what is missing (whatever else the report recommends); a request from
    /// an agency not verified out-of-band waits for verification; anything else goes to review and its deadline runs.
    /// </summary>
    /// <param name="informal">Whether the submission is an informal approach.</param>
    /// <param name="scrutiny">The scrutiny of the request under the policy in force.</param>
    /// <param name="verification">How far the request's agency is verified.</param>
    public static IReadOnlyList<TriageStep> Route(bool informal, ScrutinyResult scrutiny, AgencyVerification verification)
    {
        ArgumentNullException.ThrowIfNull(scrutiny);
        if (informal)
        {
            return [new(RequestTrigger.Escalate, "An informal approach is never a request: it is recorded and escalated to senior escalation and compliance.")];
        }

        var missing = IntakeFindings.Missing(scrutiny);
        if (missing.Count > 0)
        {
            return [new(RequestTrigger.FindIncomplete, string.Join(" ", missing))];
        }

        if (verification != AgencyVerification.VerifiedOutOfBand)
        {
            return [new(RequestTrigger.RequireVerification, verification == AgencyVerification.Failed
                ? "The agency failed verification."
                : "The agency has not been verified out-of-band; its requests wait for an analyst to verify it.")];
        }

        return [new(RequestTrigger.StartReview, "Complete, from a verified agency: review starts and the deadline runs.")];
    }
}
