using Custos.Domain.Common;
using Custos.Domain.Policy;
using Custos.Domain.Requests;

namespace Custos.Application.Policy;

/// <summary>Reads one rule; its <c>with</c> parameters must be those its kind reads, and those it needs must be there.</summary>
internal static class RuleReader
{
    private static readonly Dictionary<RuleKind, (string[] Required, string[] Optional)> s_parameters = new()
    {
        [RuleKind.RequiredField] = (["field"], ["placeholders"]),
        [RuleKind.InformalChannel] = (["channels"], []),
        [RuleKind.FreeMailDomain] = ([], []),
        [RuleKind.AgencyVerification] = (["verifications"], []),
        [RuleKind.ReputationFlag] = ([], []),
        [RuleKind.ForeignFiuDirect] = ([], []),
        [RuleKind.FiuEgmontStatus] = (["egmont"], []),
        [RuleKind.RiskTier] = (["tiers"], []),
        [RuleKind.RiskTierRoute] = (["tiers", "processes"], []),
        [RuleKind.UnknownJurisdiction] = ([], []),
        [RuleKind.ProcessMatrix] = ([], ["whenNoneSupported"]),
        [RuleKind.ForeignContent] = (["processes"], []),
        [RuleKind.ForeignAuthority] = (["processes"], []),
        [RuleKind.ThirdCountryOrder] = (["processes"], []),
        [RuleKind.EEvidenceNotApplicable] = (["processes"], []),
        [RuleKind.BulkTarget] = (["targetTypes"], ["maxReach"]),
        [RuleKind.WeakIdentifier] = (["targetTypes"], []),
        [RuleKind.TooManyTargets] = (["maxTargets"], []),
        [RuleKind.DateRange] = (["maxRangeDays"], []),
        [RuleKind.AllInformation] = (["maxCategories"], []),
        [RuleKind.AbusedDesignation] = ([], []),
        [RuleKind.OffenceRestsOnAbusedDesignation] = (["offenceCategories"], []),
        [RuleKind.PoliticalOffence] = ([], ["offenceCategories", "keywords"]),
        [RuleKind.ProtectedStatus] = ([], ["statuses", "keywords"]),
        [RuleKind.EmergencyNotSpecific] = ([], ["placeholders"]),
        [RuleKind.EmergencyUnconfirmed] = (["verifications"], []),
        [RuleKind.EmergencyConfirmed] = (["verifications"], ["placeholders"]),
        [RuleKind.Preservation] = (["days"], ["renewalDays", "processes"]),
        [RuleKind.Freeze] = ([], []),
        [RuleKind.TippingOff] = ([], []),
        [RuleKind.GagWithEnd] = ([], ["placeholders"]),
        [RuleKind.IndefiniteGag] = ([], ["placeholders"]),
        [RuleKind.GagWithoutBasis] = ([], ["placeholders"]),
        [RuleKind.EmergencyNotice] = ([], []),
        [RuleKind.PoliticalPredominance] = (["level"], []),
        [RuleKind.DualCriminality] = (["processes"], []),
        [RuleKind.SanctionsRegime] = ([], []),
        [RuleKind.SanctionsRestrictedTarget] = ([], []),
    };

    /// <summary>The parameters each kind reads: required, then optional (for docs and the consistency test).</summary>
    public static IReadOnlyDictionary<RuleKind, (string[] Required, string[] Optional)> Parameters => s_parameters;

    public static PolicyRule Read(YamlMap map)
    {
        var kind = map.Enum<RuleKind>("kind");
        var scope = map.Map("appliesTo");
        var parameters = map.Map("with");
        var rule = new PolicyRule
        {
            Id = map.String("id") ?? "",
            Kind = kind ?? default,
            Code = map.String("code") ?? "",
            Severity = map.Enum<FindingSeverity>("severity") ?? default,
            Recommendation = map.Enum<Recommendation>("recommendation", required: false),
            Message = map.String("message") ?? "",
            Source = map.String("source") ?? "",
            Approvals = map.Strings("approvals"),
            From = map.Date("from"),
            To = map.Date("to"),
            Scope = scope is null ? RuleScope.All : ReadScope(scope),
            Parameters = parameters is null ? RuleParameters.None : ReadParameters(parameters),
        };
        map.Done();
        if (kind is { } k)
        {
            CheckParameters(k, parameters, map);
        }

        return rule;
    }

    private static RuleScope ReadScope(YamlMap map)
    {
        var scope = new RuleScope
        {
            Kinds = map.Enums<RequestKind>("kinds"),
            ExceptKinds = map.Enums<RequestKind>("exceptKinds"),
            ExceptChannels = map.Enums<RequestChannel>("exceptChannels"),
            ProviderLegalSystems = map.Strings("providerLegalSystems"),
            ExceptPredominantlyPolitical = map.Bool("exceptPredominantlyPolitical") ?? false,
        };
        map.Done();
        return scope;
    }

    private static RuleParameters ReadParameters(YamlMap map)
    {
        var parameters = new RuleParameters
        {
            Field = map.Enum<RequiredField>("field", required: false),
            Channels = map.Enums<RequestChannel>("channels"),
            Verifications = map.Enums<AgencyVerification>("verifications"),
            Egmont = map.Enums<EgmontStatus>("egmont"),
            Tiers = map.Enums<RiskTier>("tiers"),
            Processes = map.Enums<LegalProcessType>("processes"),
            TargetTypes = map.Enums<TargetType>("targetTypes"),
            OffenceCategories = map.Enums<OffenceCategory>("offenceCategories"),
            Keywords = map.Strings("keywords"),
            Statuses = map.Strings("statuses"),
            Placeholders = map.Strings("placeholders"),
            MaxTargets = map.Int("maxTargets"),
            MaxReach = map.Int("maxReach"),
            MaxRangeDays = map.Int("maxRangeDays"),
            MaxCategories = map.Int("maxCategories"),
            Days = map.Int("days"),
            RenewalDays = map.Int("renewalDays"),
            WhenNoneSupported = map.Enum<Recommendation>("whenNoneSupported", required: false),
            Level = map.Enum<PredominanceLevel>("level", required: false),
        };
        map.Done();
        return parameters;
    }

    private static void CheckParameters(RuleKind kind, YamlMap? parameters, YamlMap rule)
    {
        var (required, optional) = s_parameters[kind];
        var present = parameters?.Entries().Select(e => (e.Key, e.Line)).ToList() ?? [];
        foreach (var (key, line) in present)
        {
            if (!required.Contains(key, StringComparer.Ordinal) && !optional.Contains(key, StringComparer.Ordinal))
            {
                rule.Errors.Add(PolicyErrors.BadValue(rule.Child("with." + key), line,
                    $"a {KebabCase.Format(kind)} rule does not read '{key}' (it reads: {Describe(required, optional)})."));
            }
        }

        foreach (var key in required)
        {
            if (!present.Any(p => string.Equals(p.Key, key, StringComparison.Ordinal)))
            {
                rule.Errors.Add(PolicyErrors.Missing(rule.Child("with"), key, rule.Line()));
            }
        }
    }

    private static string Describe(string[] required, string[] optional) =>
        required.Length + optional.Length == 0 ? "nothing" : string.Join(", ", required.Concat(optional));
}
