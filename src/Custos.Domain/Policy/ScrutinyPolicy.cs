namespace Custos.Domain.Policy;

/// <summary>A version of the policy: the facts, the law as matrices and the rules the engine applies.</summary>
public sealed record ScrutinyPolicy
{
    public required string Version { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    public string? Description { get; init; }

    /// <summary>Approvals every disclosure needs (at least two functions).</summary>
    public required IReadOnlyList<string> BaseApprovals { get; init; }

    public required IReadOnlyDictionary<string, JurisdictionProfile> Jurisdictions { get; init; }

    public required IReadOnlyDictionary<string, LegalSystem> LegalSystems { get; init; }

    public required IReadOnlyDictionary<string, DesignationList> DesignationLists { get; init; }

    /// <summary>Lower-case domains of free-mail providers.</summary>
    public required IReadOnlySet<string> FreeMailDomains { get; init; }

    /// <summary>Tier criteria, highest tier first; a jurisdiction gets the first tier whose criteria it meets, else low.</summary>
    public required IReadOnlyDictionary<RiskTier, RiskCriteria> RiskTiers { get; init; }

    /// <summary>The tier of a country the policy has no profile for.</summary>
    public RiskTier UnknownJurisdictionTier { get; init; } = RiskTier.Elevated;

    public required IReadOnlyList<ServiceLevel> ServiceLevels { get; init; }

    /// <summary>The reason given when no rule prohibits notice (notify unless legally prohibited).</summary>
    public required string NoticeAllowedReason { get; init; }

    /// <summary>Conduct that some states punish and others do not (blasphemy, insulting the head of state…), id → description.</summary>
    public IReadOnlyDictionary<string, string> Conducts { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The multilingual lexicon of political offences.</summary>
    public IReadOnlyList<LexiconGroup> Lexicon { get; init; } = [];

    /// <summary>How the evidence of political character is weighed.</summary>
    public PredominanceSettings Predominance { get; init; } = PredominanceSettings.None;

    /// <summary>Agreements that carry a partner's orders directly (CLOUD Act executive agreements).</summary>
    public IReadOnlyList<Agreement> Agreements { get; init; } = [];

    /// <summary>Sanctions regimes that restrict a country's persons.</summary>
    public IReadOnlyList<SanctionsRegime> SanctionsRegimes { get; init; } = [];

    /// <summary>The rules, in the order their findings are reported.</summary>
    public required IReadOnlyList<PolicyRule> Rules { get; init; }
}
