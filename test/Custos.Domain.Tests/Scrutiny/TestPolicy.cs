using Custos.Domain.Policy;
using Custos.Domain.Requests;

namespace Custos.Domain.Tests.Scrutiny;

/// <summary>A small policy built in code, so engine tests do not depend on the shipped YAML.</summary>
internal static class TestPolicy
{
    public static ScrutinyPolicy With(params PolicyRule[] rules) => new()
    {
        Version = "test-1",
        EffectiveFrom = new DateOnly(2020, 1, 1),
        BaseApprovals = ["legal", "compliance"],
        NoticeAllowedReason = "no prohibition",
        FreeMailDomains = new HashSet<string>(["gmail.com"], StringComparer.Ordinal),
        RiskTiers = new Dictionary<RiskTier, RiskCriteria>
        {
            [RiskTier.High] = new() { FreedomHouse = [FreedomHouseStatus.NotFree] },
            [RiskTier.Elevated] = new() { Egmont = [EgmontStatus.Suspended] },
        },
        ServiceLevels =
        [
            new ServiceLevel { Kinds = [RequestKind.Production], Within = TimeSpan.FromDays(14), Source = "own" },
            new ServiceLevel { Kinds = [RequestKind.Emergency], Within = TimeSpan.FromHours(4), Source = "own" },
            new ServiceLevel { Kinds = [RequestKind.Production], Processes = [LegalProcessType.EEvidenceProductionOrder], Within = TimeSpan.FromDays(10), From = new DateOnly(2026, 8, 18), Source = "e-evidence" },
        ],
        LegalSystems = new Dictionary<string, LegalSystem>(StringComparer.Ordinal)
        {
            ["x"] = new()
            {
                Id = "x",
                Name = "Testland law",
                Matrix =
                [
                    new Authorisation { Categories = [DataCategory.Subscriber], Processes = [LegalProcessType.Subpoena, LegalProcessType.CourtOrder], Source = "s1" },
                    new Authorisation { Categories = [DataCategory.Transactions], Processes = [LegalProcessType.CourtOrder], Source = "s2" },
                ],
            },
        },
        Jurisdictions = new Dictionary<string, JurisdictionProfile>(StringComparer.Ordinal)
        {
            ["AA"] = new() { Country = "AA", Name = "Aland", LegalSystem = "x", Fiu = "FIU-A" },
            ["BB"] = new()
            {
                Country = "BB",
                Name = "Borduria",
                LegalSystem = "x",
                FreedomHouse = new([new DatedValue<FreedomHouseStatus>(FreedomHouseStatus.Free, new DateOnly(2000, 1, 1), null, "fh"),
                    new DatedValue<FreedomHouseStatus>(FreedomHouseStatus.NotFree, new DateOnly(2022, 1, 1), null, "fh")]),
                Egmont = new([new DatedValue<EgmontStatus>(EgmontStatus.Member, new DateOnly(2000, 1, 1), null, "eg"),
                    new DatedValue<EgmontStatus>(EgmontStatus.Suspended, new DateOnly(2020, 6, 1), new DateOnly(2021, 1, 1), "eg")]),
            },
        },
        DesignationLists = new Dictionary<string, DesignationList>(StringComparer.Ordinal),
        Rules = rules,
    };

    public static PolicyRule Rule(string id, RuleKind kind, Recommendation? recommendation = null, RuleParameters? parameters = null, DateOnly? from = null, string message = "m") => new()
    {
        Id = id,
        Kind = kind,
        Code = "intake." + id,
        Severity = FindingSeverity.Warning,
        Recommendation = recommendation,
        Message = message,
        Source = "source of " + id,
        From = from,
        Parameters = parameters ?? RuleParameters.None,
    };

    public static DataRequest Request(string agencyCountry = "AA") => new()
    {
        ReceivedAt = new DateTimeOffset(2025, 3, 10, 14, 0, 0, TimeSpan.Zero),
        Channel = RequestChannel.Portal,
        Kind = RequestKind.Production,
        Agency = new Agency { Country = agencyCountry, Type = AgencyType.Police, Domain = "police.aa", Verification = AgencyVerification.DomainVerified },
        Officer = new Officer { Name = "O. Fficer" },
        LegalProcess = new LegalProcess { Type = LegalProcessType.Subpoena, Signed = true, LegalBasis = "Act 1" },
        Targets = [new Target { Type = TargetType.Account, Value = "C-1" }],
        DataCategories = [DataCategory.Subscriber],
        DateRange = new DateRange { From = new DateOnly(2024, 1, 1), To = new DateOnly(2025, 1, 1) },
    };
}
