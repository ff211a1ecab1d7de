using System.Globalization;
using Custos.Domain.Requests;

namespace Custos.Domain.Notices;

/// <summary>
/// When the customer may be told (Ranking Digital Rights P12: notify unless legally prohibited; GNI opposes indefinite
/// gags; EU 4AMLD Art. 39 forbids tipping off), judged for a given day — the injected clock's — and nothing else:
/// <list type="number">
/// <item>a non-disclosure order or tipping-off prohibition that a legal reviewer recorded as lifted binds no more from that
/// day: the rules below apply as if the request had none;</item>
/// <item>an AML tipping-off prohibition blocks notice, with no end date;</item>
/// <item>an emergency defers it until a reviewer marks the emergency over (then the rules below apply);</item>
/// <item>a non-disclosure order without an end date withholds it, and legal review is due every
/// <see cref="ReviewInterval"/> days from the decision or the latest review; an order with no stated basis is withheld
/// the same way, with review due at once;</item>
/// <item>a non-disclosure order with an end date schedules notice for that date (the order binds up to the day before);</item>
/// <item>otherwise notice is due now, before production.</item>
/// </list>
/// </summary>
public static class NoticeRules
{
    /// <summary>Days between legal reviews of an order without an end date.</summary>
    public const int ReviewInterval = 180;

    /// <summary>The basis recorded when the request names a tipping-off prohibition but no basis.</summary>
    public const string TippingOffBasis = "AML tipping-off prohibition (Directive (EU) 2015/849 Art. 39)";

    /// <summary>The basis recorded while an emergency lasts.</summary>
    public const string EmergencyBasis = "Emergency disclosure (18 U.S.C. 2702(b)(8)): notice once the emergency has passed";

    /// <summary>Judges notice on <paramref name="today"/>.</summary>
    public static NoticeTiming On(NoticeFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var lifted = facts.OrderLiftedOn is { } on && on <= today && facts.NonDisclosure is { } order && (order.Required || order.TippingOff) ? on : (DateOnly?)null;
        var gag = lifted is null ? facts.NonDisclosure : null;
        if (gag is { TippingOff: true })
        {
            return new NoticeTiming(NoticeStatus.Blocked, null,
                "An AML tipping-off prohibition applies: the customer is not told, and the prohibition does not end by itself.",
                Given(gag.Basis) ?? TippingOffBasis, null, false);
        }

        if (facts.Kind == RequestKind.Emergency && (facts.EmergencyEndedOn is not { } ended || ended > today))
        {
            return new NoticeTiming(NoticeStatus.AwaitingEmergencyEnd, null,
                "An emergency: the customer is told once a reviewer has marked the emergency over.", EmergencyBasis, null, false);
        }

        if (gag is { Required: true })
        {
            var basis = Given(gag.Basis);
            if (gag.Until is null || basis is null)
            {
                var due = basis is null ? facts.WithheldSince : (facts.LastLegalReview ?? facts.WithheldSince).AddDays(ReviewInterval);
                var why = basis is null
                    ? "A non-disclosure requirement was stated without its legal basis: notice is withheld until legal review decides."
                    : "A non-disclosure order without an end date: notice is withheld; ask the authority for an end date and review it every 180 days.";
                return new NoticeTiming(NoticeStatus.WithheldPendingReview, null, why, basis, due, due <= today);
            }

            if (gag.Until.Value > today)
            {
                return new NoticeTiming(NoticeStatus.Scheduled, gag.Until,
                    string.Create(CultureInfo.InvariantCulture, $"A non-disclosure order runs until {gag.Until:yyyy-MM-dd}: notice goes by itself that day."),
                    basis, null, false);
            }

            return new NoticeTiming(NoticeStatus.Due, today,
                string.Create(CultureInfo.InvariantCulture, $"The non-disclosure order ended on {gag.Until:yyyy-MM-dd}: the customer is told now."), null, null, false);
        }

        return lifted is { } liftedOn
            ? new NoticeTiming(NoticeStatus.Due, today,
                string.Create(CultureInfo.InvariantCulture, $"The non-disclosure order was lifted on {liftedOn:yyyy-MM-dd} (legal review): the customer is told now."), null, null, false)
            : new NoticeTiming(NoticeStatus.Due, today, "No legal prohibition on notice: the customer is told now, before production.", null, null, false);
    }

    private static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
