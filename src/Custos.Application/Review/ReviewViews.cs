using Custos.Application.Requests;
using Custos.Domain.Decisions;
using Custos.Domain.Notices;
using Custos.Domain.Preservation;

namespace Custos.Application.Review;

/// <summary>Everything reviewers see about a request while deciding it: the request, the items with their quorum, and what followed.</summary>
/// <param name="Details">The request as the console shows it (status, scrutiny result, targets with their reach, history).</param>
/// <param name="Items">Every item (target × category) with the approvals it needs and has.</param>
/// <param name="Readiness">Whether <c>produce</c> is allowed now, and what stands in the way.</param>
/// <param name="Votes">Every vote cast, oldest first.</param>
/// <param name="Decisions">The decisions on the request as a whole (produce, refuse, push back, preserve, end of emergency).</param>
/// <param name="Production">The production, once ordered.</param>
/// <param name="Notices">The notices to customers, once decided.</param>
/// <param name="Emergency">For an emergency, the recorded out-of-band confirmation and the follow-up.</param>
/// <param name="Preservation">The preservation, when the request was preserved.</param>
public sealed record ReviewView(
    RequestDetails Details, IReadOnlyList<ItemTally> Items, ProductionReadiness Readiness, IReadOnlyList<VoteView> Votes,
    IReadOnlyList<DecisionView> Decisions, ProductionSummary? Production, IReadOnlyList<CustomerNoticeView> Notices, EmergencyView? Emergency,
    PreservationView? Preservation);

/// <summary>One vote as cast.</summary>
public sealed record VoteView(string Id, string VoterId, string VoterName, IReadOnlyList<string> Functions, DateTimeOffset CastAt, IReadOnlyList<ItemVote> Items, string Rationale, string? Justification);

/// <summary>A decision on the request as a whole.</summary>
public sealed record DecisionView(string Id, DecisionAct Act, string DecidedBy, string DecidedByName, DateTimeOffset DecidedAt, string Rationale);

/// <summary>A production: what the package's manifest commits to, and whether the agency has it.</summary>
/// <param name="Id">The production's id (<c>prd_…</c>).</param>
/// <param name="ManifestSha256">The SHA-256 of the package's <c>manifest.json</c>, which the <c>production.created</c> event commits to.</param>
/// <param name="Status">Waiting for its signed checkpoint, or released.</param>
/// <param name="CreatedAt">When the production was ordered.</param>
/// <param name="ReleasedAt">When it was sealed to the agency's certificate; null before.</param>
/// <param name="LinkExpiresAt">When the download link stops working; null before release.</param>
/// <param name="DownloadedAt">When the agency first downloaded it completely; null before.</param>
/// <param name="Items">What it carries: each item with its range and record count.</param>
public sealed record ProductionSummary(
    string Id, string ManifestSha256, ProductionStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? ReleasedAt, DateTimeOffset? LinkExpiresAt,
    DateTimeOffset? DownloadedAt, IReadOnlyList<Production.ProducedItemSummary> Items)
{
    /// <summary>Whether it was released to the agency.</summary>
    public bool Released => Status == ProductionStatus.Released;

    /// <summary>Whether the agency downloaded it.</summary>
    public bool Downloaded => DownloadedAt is not null;
}

/// <summary>Notice to one customer: where it stands, when it goes, why it is held back.</summary>
public sealed record CustomerNoticeView(
    string Id, string AccountId, NoticeStatus Status, DateOnly? SendOn, string Reason, string? LegalBasis, DateOnly? ReviewDue,
    bool ReviewOverdue, string? OutboxId, DateTimeOffset? QueuedAt)
{
    /// <summary>Whether it is in the outbox.</summary>
    public bool Queued => OutboxId is not null;
}

/// <summary>The out-of-band confirmation of an emergency and its follow-up.</summary>
/// <param name="PublishedNumber">The agency's number as the registry publishes it; null when the registry has none.</param>
/// <param name="Confirmation">The recorded call; null until then.</param>
/// <param name="FollowUp">Where the formal process that must follow a disclosure stands.</param>
/// <param name="EndedAt">When a reviewer marked the emergency over; null while it lasts.</param>
public sealed record EmergencyView(string? PublishedNumber, EmergencyConfirmation? Confirmation, FollowUp FollowUp, DateTimeOffset? EndedAt);

/// <summary>A preservation: its period and where it stands today.</summary>
public sealed record PreservationView(string Id, PreservationState State, DateOnly Start, DateOnly Expires, int DaysLeft, bool CanExtend, string TermsSource);

/// <summary>A vote accepted: the vote and the state of every item after it.</summary>
public sealed record VoteCast(VoteView Vote, IReadOnlyList<ItemTally> Items, ProductionReadiness Readiness);

/// <summary>A request-level decision accepted, with where the request now stands.</summary>
public sealed record DecisionTaken(DecisionView Decision, Domain.Lifecycle.RequestStatus Status);

/// <summary>What a reviewer gives for a vote: the lines, the rationale, and a justification when going against the recommendation.</summary>
public sealed record VoteInput(IReadOnlyList<ItemChoice> Items, string? Rationale, string? Justification = null)
{
    /// <summary>The ballot the rules judge.</summary>
    public Ballot ToBallot() => new(Items, Rationale, Justification);
}
