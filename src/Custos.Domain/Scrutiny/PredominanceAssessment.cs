using System.Globalization;
using Custos.Domain.Common;
using Custos.Domain.Policy;
using Custos.Domain.Requests;

namespace Custos.Domain.Scrutiny;

/// <summary>
/// The weighed assessment of whether a request's predominant character is political, religious or racial (INTERPOL
/// Constitution Art. 3; UN Model Treaty on Mutual Assistance Art. 4(1)(b), (c)). Each independent signal the policy
/// weighs is named with its weight and what was found; the level follows from the policy's thresholds.
/// </summary>
internal sealed class PredominanceAssessment
{
    private PredominanceAssessment(List<WeighedEvidence> evidence, PredominanceLevel level, int score)
    {
        Evidence = evidence;
        Level = level;
        Score = score;
    }

    public IReadOnlyList<WeighedEvidence> Evidence { get; }

    public PredominanceLevel Level { get; }

    public int Score { get; }

    public static PredominanceAssessment Assess(Evaluation e)
    {
        var settings = e.Policy.Predominance;
        var evidence = new List<WeighedEvidence>();
        var request = e.Request;
        var offence = request.Offence;
        var reading = e.Reading;

        Add(PoliticalSignal.Statute, reading.Statutes.Select(s => $"{s.Name} ({s.Source})"));
        Add(PoliticalSignal.Lexicon, reading.Terms.Where(t => t.Group.Theme != PoliticalTheme.ProtectedPerson).Select(Term));
        Add(PoliticalSignal.OffenceCategory, (offence?.Categories ?? []).Where(settings.PoliticalOffences.Contains).Distinct().Select(c => KebabCase.Format(c)));
        Add(PoliticalSignal.Designation, PoliticalChecks.AbusedDesignations(e).Select(a => $"{a.Designation.Name ?? "(unnamed)"} on {a.List.Name}"));
        Add(PoliticalSignal.ProtectedStatus, e.Context.TargetStatuses.Where(s => settings.ProtectedStatuses.Contains(s, StringComparer.OrdinalIgnoreCase))
            .Concat(reading.Terms.Where(t => t.Group.Theme == PoliticalTheme.ProtectedPerson).Select(Term)));
        Add(PoliticalSignal.GroupReach, GroupTargets(e, settings));
        Add(PoliticalSignal.NoSuspect, request.Targets.Count > 0 && request.Targets.All(t => t.Role != TargetRole.Suspect)
            ? [$"roles: {string.Join(", ", request.Targets.Select(t => KebabCase.Format(t.Role)).Distinct(StringComparer.Ordinal))}"]
            : []);
        Add(PoliticalSignal.Requester, settings.RequesterTypes.Contains(request.Agency.Type) ? [KebabCase.Format(request.Agency.Type)] : []);
        Jurisdiction(e, settings, evidence);
        Add(PoliticalSignal.InterpolSupervision, e.Agency?.InterpolSupervision.On(e.AsOf) is { Value: true } supervised
            ? [string.Create(CultureInfo.InvariantCulture, $"INTERPOL checks {e.AgencyName}'s requests centrally since {supervised.From:yyyy-MM-dd}")]
            : []);
        Add(PoliticalSignal.OrdinaryOffence, (offence?.Categories ?? []).Where(settings.OrdinaryOffences.Contains).Distinct().Select(c => KebabCase.Format(c)));

        var score = evidence.Sum(x => x.Weight);
        var aboutRequest = evidence.Count(x => x.Weight > 0 && IsAboutTheRequest(x.Signal));
        var substantive = evidence.Count(x => x.Weight > 0 && IsSubstantive(x.Signal));
        var level = Reaches(PredominanceLevel.Predominant) ? PredominanceLevel.Predominant
            : Reaches(PredominanceLevel.Possible) ? PredominanceLevel.Possible
            : PredominanceLevel.None;
        return new PredominanceAssessment(evidence, level, score);

        bool Reaches(PredominanceLevel candidate) =>
            settings.Levels.TryGetValue(candidate, out var threshold)
            && score >= threshold.MinScore && aboutRequest >= threshold.MinRequestSignals && substantive >= threshold.MinSubstantiveSignals;

        void Add(PoliticalSignal signal, IEnumerable<string> found)
        {
            var weight = settings.Weight(signal);
            if (weight == 0)
            {
                return;
            }

            var details = found.ToList();
            if (details.Count > 0)
            {
                evidence.Add(new WeighedEvidence(signal, weight, string.Join("; ", details)));
            }
        }
    }

    /// <summary>The signals that describe the request rather than the requesting state.</summary>
    public static bool IsAboutTheRequest(PoliticalSignal signal) =>
        signal is not (PoliticalSignal.Jurisdiction or PoliticalSignal.InterpolSupervision or PoliticalSignal.Requester or PoliticalSignal.OrdinaryOffence);

    /// <summary>The signals about the offence or the persons (not the mere shape of the targets).</summary>
    public static bool IsSubstantive(PoliticalSignal signal) =>
        signal is PoliticalSignal.Statute or PoliticalSignal.Lexicon or PoliticalSignal.OffenceCategory or PoliticalSignal.Designation or PoliticalSignal.ProtectedStatus;

    /// <summary>The evidence as one line for a message: each signal with its signed weight and what was found.</summary>
    public string Describe() =>
        string.Join(" | ", Evidence.Select(x => string.Create(CultureInfo.InvariantCulture, $"{KebabCase.Format(x.Signal)} {x.Weight:+0;-0}: {x.Detail}")));

    private static string Term((LexiconGroup Group, LexiconEntry Entry) hit) =>
        $"{hit.Group.Id}: \"{hit.Entry.Term.Text}\" ({hit.Entry.Language})";

    private static List<string> GroupTargets(Evaluation e, PredominanceSettings settings)
    {
        var found = new List<string>();
        var targets = e.Request.Targets;
        var reach = e.Context.TargetReach;
        for (var i = 0; i < targets.Count; i++)
        {
            if (settings.GroupTargetTypes.Contains(targets[i].Type))
            {
                found.Add($"{KebabCase.Format(targets[i].Type)} {targets[i].Value}");
            }
            else if (reach is not null && i < reach.Count && reach[i] is { } count && settings.MaxReach is { } max && count > max)
            {
                found.Add(string.Create(CultureInfo.InvariantCulture, $"{targets[i].Value} reaches {count} customers"));
            }
        }

        return found;
    }

    private static void Jurisdiction(Evaluation e, PredominanceSettings settings, List<WeighedEvidence> evidence)
    {
        if (e.Agency?.FreedomHouse.On(e.AsOf) is { } status && settings.JurisdictionWeights.TryGetValue(status.Value, out var weight) && weight != 0)
        {
            evidence.Add(new WeighedEvidence(PoliticalSignal.Jurisdiction, weight,
                string.Create(CultureInfo.InvariantCulture, $"{e.AgencyName}: Freedom House {KebabCase.Format(status.Value)} since {status.From:yyyy-MM-dd}")));
        }
    }
}
