using Custos.Domain.Notices;
using Custos.Domain.Preservation;
using Custos.Domain.Requests;
using FsCheck.Xunit;

namespace Custos.Domain.Tests.Notices;

/// <summary>The date rules over any pair of days, against their plain statement.</summary>
public class NoticePropertyTests
{
    private static readonly DateOnly Epoch = new(2020, 1, 1);

    [Property(MaxTest = 500)]
    public bool On_GagWithEnd_ScheduledExactlyBeforeTheEndAndDueFromIt(ushort decidedOffset, ushort endOffset, ushort todayOffset)
    {
        var decided = Epoch.AddDays(decidedOffset % 2000);
        var end = Epoch.AddDays(endOffset % 2000);
        var today = Epoch.AddDays(todayOffset % 2000);
        var facts = new NoticeFacts { Kind = RequestKind.Production, NonDisclosure = new NonDisclosure { Required = true, Until = end, Basis = "order" }, WithheldSince = decided };

        var timing = NoticeRules.On(facts, today);

        return today < end
            ? timing.Status == NoticeStatus.Scheduled && timing.SendOn == end && !timing.MaySend
            : timing.Status == NoticeStatus.Due && timing.SendOn == today && timing.MaySend;
    }

    [Property(MaxTest = 500)]
    public bool On_IndefiniteGag_ReviewOverdueExactlyFrom180DaysAfterTheLastReview(ushort decidedOffset, ushort reviewGap, ushort todayGap)
    {
        var decided = Epoch.AddDays(decidedOffset % 2000);
        DateOnly? reviewed = reviewGap % 3 == 0 ? null : decided.AddDays(reviewGap % 400);
        var today = decided.AddDays(todayGap % 1000);
        var facts = new NoticeFacts { Kind = RequestKind.Production, NonDisclosure = new NonDisclosure { Required = true, Basis = "order" }, WithheldSince = decided, LastLegalReview = reviewed };

        var timing = NoticeRules.On(facts, today);

        var due = (reviewed ?? decided).AddDays(180);
        return timing.Status == NoticeStatus.WithheldPendingReview && timing.ReviewDue == due && timing.ReviewOverdue == (today >= due);
    }

    [Property(MaxTest = 500)]
    public bool On_Preservation_ActiveExactlyForItsDaysAndOneExtension(ushort startOffset, ushort todayGap, bool eEvidence, ushort extendOn)
    {
        var terms = eEvidence ? PreservationTerms.EEvidence : PreservationTerms.UnitedStates;
        var start = Epoch.AddDays(startOffset % 2000);
        var today = start.AddDays(todayGap % 400);
        var period = PreservationRules.Start(terms, start);
        var extended = PreservationRules.Extend(period, start.AddDays(extendOn % terms.Days));

        var days = today.DayNumber - start.DayNumber;
        return PreservationRules.On(period, today).State == (days < terms.Days ? PreservationState.Active : PreservationState.Expired)
            && PreservationRules.On(extended.Value, today).State == (days < terms.Days + terms.ExtensionDays ? PreservationState.Active : PreservationState.Expired)
            && !PreservationRules.Extend(extended.Value, start).IsSuccess;
    }
}
