using Custos.Domain.Common;
using Custos.Domain.Lifecycle;

namespace Custos.Domain.Decisions;

/// <summary>
/// The refusals of the decision rules. Codes are stable: they reach API clients as the problem's <c>type</c> and the
/// ledger as the rule that refused a vote (<see cref="DecisionRefusal"/>).
/// </summary>
public static class DecisionErrors
{
    /// <summary>The most characters a rationale or justification may have.</summary>
    public const int MaxText = 10_000;

    public static readonly Error NotStaff = Error.Forbidden(
        "decision.not-staff", "Only a member of staff, signed in as themselves, decides on a request.");

    public static readonly Error RegionalStaff = Error.Forbidden(
        "decision.regional-staff", "Staff with a regional role never approve, withhold, refuse or produce: regional staff take requests in and nothing more; the central function decides.");

    public static readonly Error NotAReviewer = Error.Forbidden(
        "decision.not-a-reviewer", "Deciding on a request needs the role of legal reviewer, compliance officer, privacy officer, human-rights reviewer or senior escalation.");

    public static readonly Error OwnIntake = Error.Forbidden(
        "decision.own-intake", "Nobody decides on a request they took in themselves: another reviewer must.");

    public static Error FunctionNotNeeded(ItemKey item, IEnumerable<string> held, IEnumerable<string> needed) => Error.Forbidden(
        "decision.function-not-needed",
        $"{Capital(item)} needs approval by {Words(needed)}; your roles fill {Words(held)}, which this item's quorum does not count.");

    public static readonly Error InformalApproach = Error.Conflict(
        "decision.informal-approach", "An informal approach is never approved, refused or produced: it is recorded as an incident, escalated and closed.");

    public static Error WrongState(RequestStatus status, string act) => Error.Conflict(
        "decision.wrong-state", $"A request that is {RequestWords.Status(status)} cannot be {act}.");

    public static readonly Error NotProducible = Error.Conflict(
        "decision.not-producible", "A preservation or freeze request is never answered with data: preserve it, or wait for formal process.");

    public static readonly Error RationaleRequired = Error.Invalid(
        "decision.rationale-required", "Give the written rationale for your decision.", "rationale");

    public static readonly Error RationaleTooLong = Error.Invalid(
        "decision.rationale-too-long", "A rationale is at most 10,000 characters.", "rationale");

    public static readonly Error JustificationTooLong = Error.Invalid(
        "decision.justification-too-long", "A justification is at most 10,000 characters.", "justification");

    public static Error JustificationRequired(ItemKey item, string why) => Error.Invalid(
        "decision.justification-required",
        $"Producing {item} goes against the engine's recommendation ({why}): give a justification, and senior escalation must approve it too.",
        "justification");

    public static readonly Error ItemsRequired = Error.Invalid(
        "decision.items-required", "A vote decides on at least one item (a target and a data category).", "items");

    public static Error TargetUnknown(int line, int target, int count) => Error.Invalid(
        "decision.item-unknown", $"The request has no target {target}: its targets are numbered 0 to {count - 1}.", $"items[{line}].target");

    public static Error CategoryUnknown(int line, string category) => Error.Invalid(
        "decision.item-unknown", $"The request does not ask for {category} data.", $"items[{line}].category");

    public static Error ItemDuplicate(int line, ItemKey item) => Error.Invalid(
        "decision.item-duplicate", $"{Capital(item)} appears twice in this vote.", $"items[{line}]");

    public static Error RangeReversed(int line) => Error.Invalid(
        "decision.range-reversed", "The date range ends before it starts.", $"items[{line}].dateRange");

    public static Error RangeWider(int line, ItemRange range, string requested) => Error.Invalid(
        "decision.range-wider", $"The range {range} is wider than the request's ({requested}): an item never covers more than was asked for.", $"items[{line}].dateRange");

    public static Error RangeUnbounded(int line) => Error.Invalid(
        "decision.range-unbounded", "The request's date range is open-ended: give both the first and the last day to produce.", $"items[{line}].dateRange");

    public static Error RangeOnWithhold(int line) => Error.Invalid(
        "decision.range-on-withhold", "A withhold covers the whole item: give a date range only with produce (to narrow it).", $"items[{line}].dateRange");

    public static Error QuorumIncomplete(IEnumerable<ItemTally> pending) => Error.Conflict(
        "decision.quorum-incomplete",
        "Not every item has its quorum or is withheld: " + string.Join(" ", pending.Select(p => $"{Capital(p.Item)}: {p.Explanation}")));

    public static readonly Error NothingToProduce = Error.Conflict(
        "decision.nothing-to-produce", "Every item is withheld: nothing can be produced. Refuse the request instead.");

    public static readonly Error EmergencyUnconfirmed = Error.Conflict(
        "decision.emergency-unconfirmed",
        "An emergency request produces nothing until a central person has called the agency on the number the registry publishes and recorded the confirmation.");

    public static readonly Error EmergencyDenied = Error.Conflict(
        "decision.emergency-denied",
        "The agency, called on its published number, did not confirm this emergency request: close it as failing verification.");

    public static readonly Error MessageRequired = Error.Invalid(
        "decision.message-required", "Write what the agency must change or explain.", "message");

    public static readonly Error MessageTooLong = Error.Invalid(
        "decision.message-too-long", "A message is at most 10,000 characters.", "message");

    private static string Capital(ItemKey item) => "T" + item.ToString()[1..];

    private static string Words(IEnumerable<string> functions)
    {
        var titles = functions.Select(ApprovalFunction.Title).Select(t => t.ToLowerInvariant()).ToArray();
        return titles.Length == 0 ? "no function of a quorum" : string.Join(", ", titles);
    }
}
