using System.Reflection;
using Custos.Domain.Common;
using Custos.Domain.Policy;
using Custos.Domain.Requests;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Custos.Application.Policy;

/// <summary>
/// Reads a policy file (YAML, docs/policy.md) strictly: unknown keys, bad dates and values, missing parameters and
/// references to unknown legal systems or jurisdictions are errors naming the key and the line.
/// </summary>
public static class PolicyReader
{
    /// <summary>The embedded resource holding the shipped default policy.</summary>
    public const string DefaultResourceName = "Custos.Application.Policy.default-policy.yaml";

    /// <summary>The name the shipped default's errors carry.</summary>
    public const string DefaultFileName = "default-policy.yaml";

    private static readonly Lazy<Result<ScrutinyPolicy>> s_default = new(() => Read(DefaultText(), DefaultFileName));

    /// <summary>The shipped default policy, read once.</summary>
    public static Result<ScrutinyPolicy> Default => s_default.Value;

    public static string DefaultText()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(DefaultResourceName)
            ?? throw new InvalidOperationException($"The default policy resource {DefaultResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Reads a policy file; every error names the file, then the line and the key path.</summary>
    public static Result<ScrutinyPolicy> ReadFile(string path) =>
        File.Exists(path) ? Read(File.ReadAllText(path), path) : PolicyErrors.NotFound(path);

    /// <summary>
    /// Reads a policy from its text. With <paramref name="file"/>, each error's message starts with it (<c>my.yaml: line 12:
    /// …</c>); a policy pasted or uploaded has no file name, and its errors start with the line.
    /// </summary>
    public static Result<ScrutinyPolicy> Read(string yaml, string? file = null)
    {
        var result = ReadText(yaml);
        return result.IsSuccess || file is null
            ? result
            : Result<ScrutinyPolicy>.Failure([.. result.Errors.Select(e => e with { Message = $"{file}: {e.Message}" })]);
    }

    private static Result<ScrutinyPolicy> ReadText(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            return PolicyErrors.Syntax($"line {exception.Start.Line}: {exception.Message}");
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner throws these (rather than a YamlException) on some malformed text.
            return PolicyErrors.Syntax($"the text is not well-formed YAML ({exception.GetType().Name}).");
        }

        if (stream.Documents.Count != 1)
        {
            return PolicyErrors.Syntax("A policy file holds exactly one YAML document.");
        }

        var state = new PolicyReadState();
        var root = new YamlMap(stream.Documents[0].RootNode, "", state);
        var policy = ReadPolicy(root);
        root.Done();
        if (state.Errors.Count == 0)
        {
            PolicyValidation.Check(policy, state);
        }

        return state.Errors.Count == 0 ? policy : Result<ScrutinyPolicy>.Failure(state.Errors);
    }

    private static ScrutinyPolicy ReadPolicy(YamlMap root)
    {
        var policy = new ScrutinyPolicy
        {
            Version = ReadVersion(root),
            EffectiveFrom = root.Date("effectiveFrom", required: true) ?? default,
            Description = root.String("description", required: false),
            NoticeAllowedReason = root.String("noticeAllowedReason") ?? "",
            BaseApprovals = root.Strings("baseApprovals", required: true),
            UnknownJurisdictionTier = root.Enum<RiskTier>("unknownJurisdictionTier") ?? RiskTier.Elevated,
            FreeMailDomains = root.Strings("freeMailDomains", required: true).Select(d => d.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            RiskTiers = ReadTiers(root.Map("riskTiers", required: true)),
            ServiceLevels = [.. root.Maps("serviceLevels", required: true).Select(ReadServiceLevel)],
            LegalSystems = ReadKeyed(root.Map("legalSystems", required: true), ReadLegalSystem),
            Jurisdictions = ReadKeyed(root.Map("jurisdictions", required: true), JurisdictionReader.Read),
            DesignationLists = ReadKeyed(root.Map("designationLists", required: true), ReadDesignationList),
            Conducts = EvidenceReader.ReadConducts(root.Map("conducts")),
            Lexicon = [.. root.Maps("lexicon").Select(EvidenceReader.ReadLexiconGroup)],
            Predominance = EvidenceReader.ReadPredominance(root.Map("predominance")),
            Agreements = [.. root.Maps("agreements").Select(TreatyReader.ReadAgreement)],
            SanctionsRegimes = [.. ReadKeyed(root.Map("sanctionsRegimes"), TreatyReader.ReadSanctionsRegime).Values],
            Rules = [.. root.Maps("rules", required: true).Select(RuleReader.Read)],
        };
        return policy;
    }

    /// <summary>Longest version identifier accepted.</summary>
    public const int MaxVersionLength = 100;

    /// <summary>
    /// The version is an identifier: quoted in every scrutiny result, a ledger reference (no spaces) and the name of the
    /// exported file, so it is letters, digits and <c>. - _ +</c>, starting with a letter or digit.
    /// </summary>
    private static string ReadVersion(YamlMap root)
    {
        var version = root.String("version");
        if (version is null)
        {
            return "";
        }

        if (!IsVersionIdentifier(version))
        {
            root.Errors.Add(PolicyErrors.BadValue(
                "version", VersionLine(root),
                $"'{version}' is not a version identifier (1–{MaxVersionLength} letters, digits and . - _ +, starting with a letter or digit)."));
        }

        return version;
    }

    private static int VersionLine(YamlMap root) => root.Node("version", required: false) is { } node ? YamlMap.Line(node) : root.Line();

    /// <summary>Whether <paramref name="version"/> is a well-formed policy version identifier.</summary>
    public static bool IsVersionIdentifier(string version) =>
        version is { Length: > 0 and <= MaxVersionLength } &&
        char.IsAsciiLetterOrDigit(version[0]) &&
        version.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '+');

    private static Dictionary<string, T> ReadKeyed<T>(YamlMap? map, Func<string, YamlMap, T> read)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        if (map is null)
        {
            return result;
        }

        foreach (var (key, node, _) in map.Entries())
        {
            var entry = new YamlMap(node, map.Child(key), map.State);
            result[key] = read(key, entry);
            entry.Done();
        }

        return result;
    }

    private static Dictionary<RiskTier, RiskCriteria> ReadTiers(YamlMap? map)
    {
        var tiers = new Dictionary<RiskTier, RiskCriteria>();
        if (map is null)
        {
            return tiers;
        }

        foreach (var (key, node, line) in map.Entries())
        {
            if (!KebabCase.TryParse<RiskTier>(key, out var tier) || tier == RiskTier.Low)
            {
                map.Errors.Add(PolicyErrors.BadValue(map.Child(key), line, "risk tiers are 'high' and 'elevated' (low is what meets neither)."));
                continue;
            }

            var criteria = new YamlMap(node, map.Child(key), map.State);
            tiers[tier] = new RiskCriteria
            {
                FreedomHouse = criteria.Enums<FreedomHouseStatus>("freedomHouse"),
                FatfMembership = criteria.Enums<FatfMembership>("fatfMembership"),
                FatfListing = criteria.Enums<FatfListing>("fatfListing"),
                Egmont = criteria.Enums<EgmontStatus>("egmont"),
                InterpolSupervision = criteria.Bool("interpolSupervision") ?? false,
                Relationship = criteria.Enums<PlatformRelationship>("relationship"),
                PressFreedom = criteria.Enums<PressFreedomBand>("rsfBand"),
            };
            criteria.Done();
        }

        return tiers;
    }

    private static ServiceLevel ReadServiceLevel(YamlMap map)
    {
        var days = map.Int("days");
        var hours = map.Int("hours");
        if (days is null == hours is null)
        {
            map.Errors.Add(PolicyErrors.BadValue(map.Path, map.Line(), "give either 'days' or 'hours'."));
        }

        var level = new ServiceLevel
        {
            Kinds = map.Enums<RequestKind>("kinds"),
            Processes = map.Enums<LegalProcessType>("processes"),
            Within = days is { } d ? TimeSpan.FromDays(d) : TimeSpan.FromHours(hours ?? 0),
            From = map.Date("from"),
            Source = map.String("source") ?? "",
        };
        map.Done();
        return level;
    }

    private static LegalSystem ReadLegalSystem(string id, YamlMap map) => new()
    {
        Id = id,
        Name = map.String("name") ?? "",
        Matrix = [.. map.Maps("matrix", required: true).Select(ReadAuthorisation)],
    };

    private static Authorisation ReadAuthorisation(YamlMap map)
    {
        var row = new Authorisation
        {
            Categories = map.Enums<DataCategory>("categories", required: true),
            Processes = map.Enums<LegalProcessType>("processes", required: true),
            Requesters = map.Enum<RequesterScope>("requesters", required: false) ?? RequesterScope.Domestic,
            Issuers = map.Enums<AgencyType>("issuers"),
            MinPenaltyYears = map.Int("minPenaltyYears"),
            ListedOffences = map.Enums<OffenceCategory>("listedOffences"),
            ListedTerms = EvidenceReader.Phrases(map, "listedTerms"),
            From = map.Date("from"),
            To = map.Date("to"),
            Source = map.String("source") ?? "",
        };
        map.Done();
        return row;
    }

    private static DesignationList ReadDesignationList(string id, YamlMap map) => new()
    {
        Id = id,
        Country = map.String("country") ?? "",
        Name = map.String("name") ?? "",
        Abused = JurisdictionReader.Timeline(map, "abused", JurisdictionReader.ParseBool),
    };
}
