using Custos.Domain.Requests;

namespace Custos.Domain.Notices;

/// <summary>
/// When a disclosure entry must be sealed — logged without naming the customers, with a commitment to them and a public
/// unseal-by date — and until when (docs/proofs.md, "Sealed entries"). A customer (or anyone holding their index key)
/// could otherwise learn from the public log, while a non-disclosure order still forbids telling them, that their data
/// was disclosed. The dates follow <see cref="NoticeRules"/>, except that an emergency does not seal (it only defers
/// notice) and a tipping-off prohibition, which never ends by itself, is reviewed like an order without an end date:
/// <list type="number">
/// <item>no non-disclosure requirement, or one a legal reviewer recorded as lifted on or before the day judged: not
/// sealed (one sealed already is unsealed);</item>
/// <item>an AML tipping-off prohibition, or an order without an end date: sealed until the next legal review, every
/// <see cref="NoticeRules.ReviewInterval"/> days from the day sealed or the latest review after it;</item>
/// <item>an order stated without its legal basis: sealed until the day it was sealed (review due at once, as for the
/// notice);</item>
/// <item>an order with an end date: sealed until that date, the day notice goes; not sealed from that day on.</item>
/// </list>
/// </summary>
public static class SealRules
{
    /// <summary>
    /// The unseal-by date of an entry sealed on <paramref name="sealedOn"/> under <paramref name="order"/>, judged on
    /// <paramref name="today"/>; null when the entry is not to be sealed (or, for one sealed already, is to be unsealed now).
    /// </summary>
    /// <param name="order">The request's non-disclosure terms.</param>
    /// <param name="sealedOn">The day the entry was (or is being) sealed.</param>
    /// <param name="lastLegalReview">The latest legal review of the request's order; ignored when before <paramref name="sealedOn"/>.</param>
    /// <param name="today">The day judged (the injected clock's).</param>
    /// <param name="liftedOn">The day a legal reviewer recorded the order as lifted; null while it binds.</param>
    public static DateOnly? UnsealBy(NonDisclosure? order, DateOnly sealedOn, DateOnly? lastLegalReview, DateOnly today, DateOnly? liftedOn = null)
    {
        if (order is null || !(order.Required || order.TippingOff) || liftedOn is { } lifted && lifted <= today)
        {
            return null;
        }

        var reviewed = lastLegalReview is { } review && review > sealedOn ? review : sealedOn;
        if (order.TippingOff)
        {
            return reviewed.AddDays(NoticeRules.ReviewInterval);
        }

        if (string.IsNullOrWhiteSpace(order.Basis))
        {
            return sealedOn;
        }

        if (order.Until is not { } until)
        {
            return reviewed.AddDays(NoticeRules.ReviewInterval);
        }

        return until > today ? until : null;
    }

    /// <summary>Whether a seal still in force on <paramref name="today"/> is overdue: its unseal-by date has passed.</summary>
    public static bool IsOverdue(DateOnly unsealBy, DateOnly today) => today > unsealBy;
}
