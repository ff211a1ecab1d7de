using Custos.Domain.Policy;

namespace Custos.Domain.Scrutiny;

/// <summary>Dispatches a rule to the check for its kind. A check returns null when the rule does not fire.</summary>
internal static class RuleChecks
{
    public static Firing? Check(PolicyRule rule, Evaluation e) => rule.Kind switch
    {
        RuleKind.RequiredField => IntakeChecks.RequiredField(rule, e),
        RuleKind.Freeze => IntakeChecks.Freeze(e),
        RuleKind.FreeMailDomain => AuthenticityChecks.FreeMailDomain(e),
        RuleKind.AgencyVerification => AuthenticityChecks.Verification(rule, e),
        RuleKind.ReputationFlag => AuthenticityChecks.ReputationFlag(e),
        RuleKind.InformalChannel => ChannelChecks.Informal(rule, e),
        RuleKind.ForeignFiuDirect => ChannelChecks.ForeignFiuDirect(e),
        RuleKind.FiuEgmontStatus => ChannelChecks.FiuEgmontStatus(rule, e),
        RuleKind.RiskTier => JurisdictionChecks.RiskTier(rule, e),
        RuleKind.RiskTierRoute => JurisdictionChecks.RiskTierRoute(rule, e),
        RuleKind.UnknownJurisdiction => JurisdictionChecks.Unknown(e),
        RuleKind.ProcessMatrix => LegalChecks.ProcessMatrix(rule, e),
        RuleKind.ForeignContent => LegalChecks.ForeignContent(rule, e),
        RuleKind.ForeignAuthority => LegalChecks.ForeignAuthority(rule, e),
        RuleKind.ThirdCountryOrder => LegalChecks.ThirdCountryOrder(rule, e),
        RuleKind.EEvidenceNotApplicable => LegalChecks.EEvidenceNotApplicable(rule, e),
        RuleKind.BulkTarget => ParticularityChecks.BulkTarget(rule, e),
        RuleKind.WeakIdentifier => ParticularityChecks.WeakIdentifier(rule, e),
        RuleKind.TooManyTargets => ParticularityChecks.TooManyTargets(rule, e),
        RuleKind.DateRange => ParticularityChecks.DateRange(rule, e),
        RuleKind.AllInformation => ParticularityChecks.AllInformation(rule, e),
        RuleKind.AbusedDesignation => PoliticalChecks.AbusedDesignation(e),
        RuleKind.OffenceRestsOnAbusedDesignation => PoliticalChecks.OffenceRestsOnAbusedDesignation(rule, e),
        RuleKind.PoliticalOffence => PoliticalChecks.PoliticalOffence(rule, e),
        RuleKind.ProtectedStatus => PoliticalChecks.ProtectedStatus(rule, e),
        RuleKind.EmergencyNotSpecific => EmergencyChecks.NotSpecific(rule, e),
        RuleKind.EmergencyUnconfirmed => EmergencyChecks.Unconfirmed(rule, e),
        RuleKind.EmergencyConfirmed => EmergencyChecks.Confirmed(rule, e),
        RuleKind.Preservation => EmergencyChecks.Preservation(rule, e),
        RuleKind.TippingOff => NotificationChecks.TippingOff(e),
        RuleKind.GagWithEnd => NotificationChecks.GagWithEnd(rule, e),
        RuleKind.IndefiniteGag => NotificationChecks.IndefiniteGag(rule, e),
        RuleKind.GagWithoutBasis => NotificationChecks.GagWithoutBasis(rule, e),
        RuleKind.EmergencyNotice => NotificationChecks.EmergencyNotice(e),
        RuleKind.PoliticalPredominance => PoliticalChecks.Predominance(rule, e),
        RuleKind.DualCriminality => DualCriminalityChecks.Check(rule, e),
        RuleKind.SanctionsRegime => SanctionsChecks.Regime(e),
        RuleKind.SanctionsRestrictedTarget => SanctionsChecks.RestrictedTarget(e),
        _ => throw new InvalidOperationException($"Rule kind {rule.Kind} has no check."),
    };
}
