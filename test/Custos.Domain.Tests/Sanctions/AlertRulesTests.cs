using Custos.Domain.Common;
using Custos.Domain.Sanctions;

namespace Custos.Domain.Tests.Sanctions;

public class AlertRulesTests
{
    [Fact]
    public void Decide_NoAlertBefore_Raises() => Assert.Equal(RaiseDecision.Raise, AlertRules.Decide(null, "c", "e"));

    [Fact]
    public void Decide_OpenAlert_IsNotRaisedTwice() =>
        Assert.Equal(RaiseDecision.AlreadyOpen, AlertRules.Decide(new PriorAlert(AlertStatus.Open, "old", "old"), "c", "e"));

    [Fact]
    public void Decide_ConfirmedAlert_IsNeverRaisedAgain() =>
        Assert.Equal(RaiseDecision.AlreadyConfirmed, AlertRules.Decide(new PriorAlert(AlertStatus.Confirmed, "old", "old"), "c", "e"));

    [Fact]
    public void Decide_DismissedAndNothingChanged_IsNotRaised() =>
        Assert.Equal(RaiseDecision.DismissedUnchanged, AlertRules.Decide(new PriorAlert(AlertStatus.Dismissed, "c", "e"), "c", "e"));

    [Fact]
    public void Decide_DismissedThenTheCustomerChanged_IsRaised() =>
        Assert.Equal(RaiseDecision.Raise, AlertRules.Decide(new PriorAlert(AlertStatus.Dismissed, "c", "e"), "c2", "e"));

    [Fact]
    public void Decide_DismissedThenTheEntryChanged_IsRaised() =>
        Assert.Equal(RaiseDecision.Raise, AlertRules.Decide(new PriorAlert(AlertStatus.Dismissed, "c", "e"), "c", "e2"));

    [Theory]
    [InlineData(AlertStatus.Confirmed)]
    [InlineData(AlertStatus.Dismissed)]
    public void CheckDisposal_OpenWithAReason_IsAllowed(AlertStatus decision) =>
        Assert.Null(AlertRules.CheckDisposal(AlertStatus.Open, decision, "Different date of birth and nationality."));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   no   ")]
    public void CheckDisposal_NoOrShortReason_IsInvalid(string? reason)
    {
        var error = AlertRules.CheckDisposal(AlertStatus.Open, AlertStatus.Dismissed, reason);

        Assert.Equal(("sanctions.alert-reason-invalid", ErrorKind.Invalid), (error?.Code, error?.Kind));
    }

    [Fact]
    public void CheckDisposal_TooLongReason_IsInvalid() =>
        Assert.NotNull(AlertRules.CheckDisposal(AlertStatus.Open, AlertStatus.Dismissed, new string('x', AlertRules.MaximumReasonLength + 1)));

    [Theory]
    [InlineData(AlertStatus.Confirmed)]
    [InlineData(AlertStatus.Dismissed)]
    public void CheckDisposal_AlreadyDecided_IsAConflict(AlertStatus current) =>
        Assert.Equal(ErrorKind.Conflict, AlertRules.CheckDisposal(current, AlertStatus.Dismissed, "A reason long enough.")?.Kind);

    [Fact]
    public void CheckDisposal_DecisionOpen_IsInvalid() =>
        Assert.Equal("sanctions.alert-decision-invalid", AlertRules.CheckDisposal(AlertStatus.Open, AlertStatus.Open, "A reason long enough.")?.Code);
}
