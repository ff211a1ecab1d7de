namespace Custos.Domain.Policy;

/// <summary>
/// The kinds of rule the engine implements. A policy rule picks a kind and sets its parameters, code, severity,
/// recommendation, explanation and source; the law lives in the policy, the engine only knows how to test each kind.
/// </summary>
public enum RuleKind
{
    /// <summary>A field a complete request must have is missing (parameter <c>field</c>).</summary>
    RequiredField,
    /// <summary>The demand came through one of <c>channels</c> (meeting, phone): not a written request.</summary>
    InformalChannel,
    /// <summary>The agency or officer writes from a free-mail domain of the policy's list.</summary>
    FreeMailDomain,
    /// <summary>The agency's verification is one of <c>verifications</c>.</summary>
    AgencyVerification,
    /// <summary>The caller reports reputation flags (earlier fraud) for this agency or domain.</summary>
    ReputationFlag,
    /// <summary>A foreign financial intelligence unit writes to the platform directly rather than FIU-to-FIU.</summary>
    ForeignFiuDirect,
    /// <summary>The requesting FIU's Egmont standing is one of <c>egmont</c> on the date.</summary>
    FiuEgmontStatus,
    /// <summary>The agency's jurisdiction is in one of <c>tiers</c>.</summary>
    RiskTier,
    /// <summary>The agency's jurisdiction is in one of <c>tiers</c> and the process is not one of <c>processes</c>.</summary>
    RiskTierRoute,
    /// <summary>The policy has no profile for the agency's country.</summary>
    UnknownJurisdiction,
    /// <summary>The process does not support every data category asked for under the provider's legal system.</summary>
    ProcessMatrix,
    /// <summary>A foreign authority asks for content other than through one of <c>processes</c> (the treaty routes).</summary>
    ForeignContent,
    /// <summary>A foreign, non-FIU authority uses a process that is not one of <c>processes</c>.</summary>
    ForeignAuthority,
    /// <summary>An EU provider receives a third-country order other than through one of <c>processes</c> (GDPR Art. 48).</summary>
    ThirdCountryOrder,
    /// <summary>The process is one of <c>processes</c> (e-Evidence orders) but the regulation does not apply between the two states on the date.</summary>
    EEvidenceNotApplicable,
    /// <summary>A target is bulk by type (<c>targetTypes</c>) or resolves to more than <c>maxReach</c> customers.</summary>
    BulkTarget,
    /// <summary>A target is a weak identifier (<c>targetTypes</c>).</summary>
    WeakIdentifier,
    /// <summary>More than <c>maxTargets</c> targets.</summary>
    TooManyTargets,
    /// <summary>The date range is open at either end or longer than <c>maxRangeDays</c>.</summary>
    DateRange,
    /// <summary>More than <c>maxCategories</c> data categories: "all information".</summary>
    AllInformation,
    /// <summary>A designation the request relies on is on a list the policy marks as abused on the date.</summary>
    AbusedDesignation,
    /// <summary>The offence is only of <c>offenceCategories</c> and rests entirely on designations from abused lists.</summary>
    OffenceRestsOnAbusedDesignation,
    /// <summary>The offence is one of <c>offenceCategories</c> or its description names one of <c>keywords</c> (association, donation, speech).</summary>
    PoliticalOffence,
    /// <summary>A target is reported (by the caller) to have one of <c>statuses</c>, or the description names one of <c>keywords</c>.</summary>
    ProtectedStatus,
    /// <summary>An emergency that does not name the threat or the persons at risk.</summary>
    EmergencyNotSpecific,
    /// <summary>An emergency whose requester is not one of <c>verifications</c> (confirmed out of band).</summary>
    EmergencyUnconfirmed,
    /// <summary>An emergency that names threat and persons and is confirmed out of band.</summary>
    EmergencyConfirmed,
    /// <summary>A preservation request: snapshot for <c>days</c>, renewable for <c>renewalDays</c>.</summary>
    Preservation,
    /// <summary>A request to freeze or restrict an account rather than to disclose data.</summary>
    Freeze,
    /// <summary>An AML tipping-off prohibition: notice is blocked and does not expire by itself.</summary>
    TippingOff,
    /// <summary>A gag order with a stated basis and an end date still ahead: notice waits until then.</summary>
    GagWithEnd,
    /// <summary>A gag order with a stated basis and no end date.</summary>
    IndefiniteGag,
    /// <summary>A gag is asked for without a stated basis.</summary>
    GagWithoutBasis,
    /// <summary>An emergency: notice waits until the emergency has passed.</summary>
    EmergencyNotice,
    /// <summary>The weighed evidence of political character (statutes, lexicon, designations, persons, reach, profile) reaches <c>level</c>.</summary>
    PoliticalPredominance,
    /// <summary>A foreign authority's compulsory measure (<c>processes</c>) for conduct the provider's country records as no offence.</summary>
    DualCriminality,
    /// <summary>The provider's legal order restricts the requesting country's persons (a sanctions regime in force).</summary>
    SanctionsRegime,
    /// <summary>
    /// A target of an authority of a sanctioned country reaches customers whose accounts the provider restricted under a
    /// sanctions regime against that country: the restriction is never a ground to disclose to that country's authorities.
    /// </summary>
    SanctionsRestrictedTarget,
}
