using Custos.Domain.Common;

namespace Custos.Domain.Sanctions;

/// <summary>
/// The rules of the sanctions alert queue: when a hit of the screening becomes an alert, and what a disposition needs.
/// A pair (customer, list entry) is raised once; a dismissed pair is raised again only when the customer's screened
/// facts or the entry's facts have changed since (their fingerprints differ); a confirmed pair never again.
/// </summary>
public static class AlertRules
{
    /// <summary>The shortest reason a disposition may give.</summary>
    public const int MinimumReasonLength = 10;

    /// <summary>The longest reason a disposition may give.</summary>
    public const int MaximumReasonLength = 2000;

    /// <summary>Whether a hit on a pair becomes a new alert, given the pair's latest alert.</summary>
    /// <param name="prior">The latest alert for the pair; null when there is none.</param>
    /// <param name="customerFingerprint">The fingerprint of the customer's facts screened now.</param>
    /// <param name="entryFingerprint">The fingerprint of the entry's facts now.</param>
    public static RaiseDecision Decide(PriorAlert? prior, string customerFingerprint, string entryFingerprint)
    {
        ArgumentNullException.ThrowIfNull(customerFingerprint);
        ArgumentNullException.ThrowIfNull(entryFingerprint);
        return prior switch
        {
            null => RaiseDecision.Raise,
            { Status: AlertStatus.Open } => RaiseDecision.AlreadyOpen,
            { Status: AlertStatus.Confirmed } => RaiseDecision.AlreadyConfirmed,
            _ when string.Equals(prior.CustomerFingerprint, customerFingerprint, StringComparison.Ordinal)
                && string.Equals(prior.EntryFingerprint, entryFingerprint, StringComparison.Ordinal) => RaiseDecision.DismissedUnchanged,
            _ => RaiseDecision.Raise,
        };
    }

    /// <summary>
    /// Null when an alert in <paramref name="current"/> may be disposed as <paramref name="decision"/> with
    /// <paramref name="reason"/>; else why not. Only open alerts are disposed, only to confirmed or dismissed, and
    /// always with a reason of <see cref="MinimumReasonLength"/> to <see cref="MaximumReasonLength"/> characters.
    /// </summary>
    public static Error? CheckDisposal(AlertStatus current, AlertStatus decision, string? reason)
    {
        if (decision is not (AlertStatus.Confirmed or AlertStatus.Dismissed))
        {
            return Error.Invalid("sanctions.alert-decision-invalid", "An alert is either confirmed or dismissed.", "decision");
        }

        if (current != AlertStatus.Open)
        {
            return Error.Conflict("sanctions.alert-decided", $"The alert was {KebabCase.Format(current)} already; a decision is never changed.");
        }

        var length = reason?.Trim().Length ?? 0;
        return length is < MinimumReasonLength or > MaximumReasonLength
            ? Error.Invalid("sanctions.alert-reason-invalid",
                $"Give the reason for the decision in {MinimumReasonLength} to {MaximumReasonLength} characters (what you compared and found).", "reason")
            : null;
    }
}
