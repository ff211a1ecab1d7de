using Custos.Domain.Decisions;
using Custos.Domain.Notices;
using Custos.Domain.Requests;
using static Custos.Domain.Tests.Decisions.DecisionTestData;

namespace Custos.Domain.Tests.Notices;

public class NonDisclosureLiftTests
{
    private static readonly DecisionContext Gagged = Context(request: Request() with
    {
        NonDisclosure = new NonDisclosure { Required = true, Basis = "18 U.S.C. 2705(b) order of 2026-02-20" },
    });

    private static readonly DecisionContext TippingOff = Context(request: Request() with
    {
        NonDisclosure = new NonDisclosure { Required = true, TippingOff = true },
    });

    [Fact]
    public void Judge_ACentralLegalReviewer_LiftsAnOrderOrATippingOffProhibition()
    {
        var lifted = NonDisclosureLift.Judge(Gagged, Legal, "  The court vacated the order on 2026-11-30.  ", null);

        Assert.Equal(DecisionAct.LiftNonDisclosure, lifted.Value.Act);
        Assert.Equal("The court vacated the order on 2026-11-30.", lifted.Value.Rationale);
        Assert.Empty(lifted.Value.Triggers);
        Assert.True(NonDisclosureLift.Judge(TippingOff, LegalAndCompliance, "The FIU withdrew the prohibition.", null).IsSuccess);
    }

    [Fact]
    public void Judge_OtherReviewersRegionalStaffAndTheIntakePerson_Refused()
    {
        Assert.Equal(["notice.lift-needs-legal-reviewer"], Codes(NonDisclosureLift.Judge(Gagged, Compliance, "Lifted.", null)));
        Assert.Equal(["notice.lift-needs-legal-reviewer"], Codes(NonDisclosureLift.Judge(Gagged, Senior, "Lifted.", null)));
        Assert.Equal(["decision.not-a-reviewer", "notice.lift-needs-legal-reviewer"], Codes(NonDisclosureLift.Judge(Gagged, Analyst, "Lifted.", null)));
        Assert.Equal(["decision.regional-staff"], Codes(NonDisclosureLift.Judge(Gagged, RegionalLegal, "Lifted.", null)));
        var ownIntake = Gagged with { SubmittedBy = Legal.Id };
        Assert.Equal(["decision.own-intake"], Codes(NonDisclosureLift.Judge(ownIntake, Legal, "Lifted.", null)));
        Assert.Equal(["decision.not-staff"], Codes(NonDisclosureLift.Judge(Gagged, Custos.Domain.Access.Actor.System, "Lifted.", null)));
    }

    [Fact]
    public void Judge_NoOrder_AlreadyLifted_OrNoRationale_Refused()
    {
        Assert.Equal(["notice.no-order"], Codes(NonDisclosureLift.Judge(Context(), Legal, "Lifted.", null)));
        var notRequired = Context(request: Request() with { NonDisclosure = new NonDisclosure { Required = false, Until = new DateOnly(2027, 1, 1) } });
        Assert.Equal(["notice.no-order"], Codes(NonDisclosureLift.Judge(notRequired, Legal, "Lifted.", null)));
        Assert.Equal(["notice.order-already-lifted"], Codes(NonDisclosureLift.Judge(Gagged, Legal, "Lifted.", new DateOnly(2026, 11, 1))));
        Assert.Equal(["decision.rationale-required"], Codes(NonDisclosureLift.Judge(Gagged, Legal, " ", null)));
        Assert.Equal(["decision.rationale-too-long"], Codes(NonDisclosureLift.Judge(Gagged, Legal, new string('x', DecisionErrors.MaxText + 1), null)));
    }
}
