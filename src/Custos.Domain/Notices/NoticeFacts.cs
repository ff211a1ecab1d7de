using Custos.Domain.Requests;

namespace Custos.Domain.Notices;

/// <summary>What decides when a customer may be told about a request: its kind, its non-disclosure terms, whether the
/// emergency is over, whether the order was lifted, and the history of the decision not to notify.</summary>
public sealed record NoticeFacts
{
    /// <summary>What the request asks.</summary>
    public required RequestKind Kind { get; init; }

    /// <summary>The request's non-disclosure (gag) terms, if any.</summary>
    public NonDisclosure? NonDisclosure { get; init; }

    /// <summary>The day a reviewer marked the emergency over; null while it lasts (ignored for other kinds).</summary>
    public DateOnly? EmergencyEndedOn { get; init; }

    /// <summary>The day notice was first withheld (the day of the decision); legal reviews of an indefinite order count from it.</summary>
    public required DateOnly WithheldSince { get; init; }

    /// <summary>The day of the latest legal review of an indefinite order; null when none has happened.</summary>
    public DateOnly? LastLegalReview { get; init; }

    /// <summary>
    /// The day a legal reviewer recorded that the non-disclosure order or tipping-off prohibition no longer binds (lifted
    /// or withdrawn before any end date it had); null while it binds.
    /// </summary>
    public DateOnly? OrderLiftedOn { get; init; }

    /// <summary>The facts of <paramref name="request"/>, withheld (if at all) since <paramref name="decidedOn"/>.</summary>
    public static NoticeFacts Of(
        DataRequest request, DateOnly decidedOn, DateOnly? emergencyEndedOn = null, DateOnly? lastLegalReview = null, DateOnly? orderLiftedOn = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new NoticeFacts
        {
            Kind = request.Kind,
            NonDisclosure = request.NonDisclosure,
            EmergencyEndedOn = emergencyEndedOn,
            WithheldSince = decidedOn,
            LastLegalReview = lastLegalReview,
            OrderLiftedOn = orderLiftedOn,
        };
    }
}
