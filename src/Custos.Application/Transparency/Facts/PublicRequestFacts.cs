using Custos.Domain.Lifecycle;
using Custos.Domain.Policy;
using Custos.Domain.Requests;
using Custos.Domain.Transparency;

namespace Custos.Application.Transparency.Facts;

/// <summary>
/// The public part of a <c>request.facts</c> entry (docs/transparency.md): <see cref="RequestFacts"/> field for field,
/// the day received instead of the instant. Every field is required, and no other is accepted.
/// </summary>
internal sealed record PublicRequestFacts(
    DateOnly Received, string? Country, AgencyType Authority, LegalProcessType LegalProcess, RequestKind Kind, RequestChannel Channel,
    bool Informal, RequestStatus Status, int Targets, int Accounts, IReadOnlyList<DataCategory> Categories, Recommendation? Recommendation,
    bool Refused, bool PushedBack, bool Withdrawn, bool VerificationFailed, bool Preserved, bool NonDisclosure, bool Production,
    IReadOnlyList<PublicProducedCategory> Produced, PublicNoticeCounts Notices)
{
    public static PublicRequestFacts From(RequestFacts f) => new(
        DateOnly.FromDateTime(f.ReceivedAt.UtcDateTime), f.Country, f.Authority, f.LegalProcess, f.Kind, f.Channel, f.Informal, f.Status,
        f.Targets, f.AccountsSpecified, f.Categories, f.Recommendation, f.Refused, f.PushedBack, f.Withdrawn, f.VerificationFailed, f.Preserved,
        f.NonDisclosure, f.HasProduction,
        [.. f.Produced.Select(p => new PublicProducedCategory(p.Category, p.Items, p.Narrowed, p.Records))],
        new PublicNoticeCounts(f.Notices.Given, f.Notices.Due, f.Notices.Scheduled, f.Notices.AwaitingEmergencyEnd, f.Notices.Blocked, f.Notices.WithheldPendingReview));

    public RequestFacts ToFacts() => new()
    {
        Country = Country,
        Authority = Authority,
        LegalProcess = LegalProcess,
        Kind = Kind,
        Channel = Channel,
        Informal = Informal,
        ReceivedAt = new DateTimeOffset(Received.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        Status = Status,
        Targets = Targets,
        AccountsSpecified = Accounts,
        Categories = Categories,
        Recommendation = Recommendation,
        Refused = Refused,
        PushedBack = PushedBack,
        Withdrawn = Withdrawn,
        VerificationFailed = VerificationFailed,
        Preserved = Preserved,
        NonDisclosure = NonDisclosure,
        HasProduction = Production,
        Produced = [.. Produced.Select(p => new ProducedCategoryFact(p.Category, p.Items, p.Narrowed, p.Records))],
        Notices = new NoticeCounts(Notices.Given, Notices.Due, Notices.Scheduled, Notices.AwaitingEmergencyEnd, Notices.Blocked, Notices.WithheldPendingReview),
    };
}

/// <summary>One category of a production in a <c>request.facts</c> entry.</summary>
internal sealed record PublicProducedCategory(DataCategory Category, int Items, int Narrowed, long Records);

/// <summary>The notices of a production in a <c>request.facts</c> entry, by where they stand.</summary>
internal sealed record PublicNoticeCounts(int Given, int Due, int Scheduled, int AwaitingEmergencyEnd, int Blocked, int WithheldPendingReview);

/// <summary>The public part of a <c>restriction.facts</c> entry: reason, regime, day recorded.</summary>
internal sealed record PublicRestrictionFacts(string Reason, string? Regime, DateOnly Recorded)
{
    public static PublicRestrictionFacts From(RestrictionFact f) => new(f.Reason, f.Regime, DateOnly.FromDateTime(f.RecordedAt.UtcDateTime));

    public RestrictionFact ToFact() => new(Reason, Regime, new DateTimeOffset(Recorded.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
}
