using Custos.Domain.Policy;
using Custos.Domain.Requests;

namespace Custos.Domain.Scrutiny;

/// <summary>Legal sufficiency: the category × process matrix, foreign authorities, treaty routes, e-Evidence.</summary>
internal static class LegalChecks
{
    public static Firing? ProcessMatrix(PolicyRule rule, Evaluation e)
    {
        var requested = e.Request.DataCategories.Distinct().ToList();
        var inForce = e.ProviderSystem.Matrix.Where(a => a.InForceOn(e.AsOf)).ToList();
        var rows = inForce.Where(a => a.Processes.Contains(e.Process)).ToList();

        // No process supports nothing (completeness says so); a foreign authority's own domestic process is not
        // assessed here either: the foreign-authority rules say where it belongs.
        if (e.Process == LegalProcessType.None || requested.Count == 0 || (e.IsForeign && !rows.Any(a => a.Requesters != RequesterScope.Domestic)))
        {
            e.Supported = [];
            return null;
        }

        var supported = requested.Where(c => rows.Any(a => a.Categories.Contains(c) && Accepts(a, e))).ToList();
        e.Supported = supported;
        if (supported.Count == requested.Count)
        {
            return null;
        }

        var unsupported = requested.Except(supported).ToList();
        return new Firing { Recommendation = supported.Count == 0 ? rule.Parameters.WhenNoneSupported ?? rule.Recommendation : rule.Recommendation }
            .And("process", Text.Process(e.Process))
            .And("unsupported", Text.List(unsupported))
            .And("supported", supported.Count == 0 ? "nothing" : Text.List(supported))
            .And("system", e.ProviderSystem.Name)
            .And("needed", string.Join("; ", unsupported.Select(c => $"{Common.KebabCase.Format(c)}: {Needed(inForce, c)}")));
    }

    public static Firing? ForeignContent(PolicyRule rule, Evaluation e) =>
        e.IsForeign && e.Request.DataCategories.Contains(DataCategory.Content) && !rule.Parameters.Processes.Contains(e.Process)
        && AgreementFor(e) is null
            ? Foreign(e)
            : null;

    /// <summary>An agreement in force between the two countries that carries the requester's process (CLOUD Act agreements).</summary>
    public static Agreement? AgreementFor(Evaluation e) =>
        e.AgencyCountry is null
            ? null
            : e.Policy.Agreements.FirstOrDefault(a => a.InForceOn(e.AsOf) && a.Binds(e.AgencyCountry, e.Provider.Country)
                && a.Carries(e.Process, e.Request.LegalProcess?.LegalBasis));

    public static Firing? ForeignAuthority(PolicyRule rule, Evaluation e) =>
        e.IsForeign && e.Request.Agency.Type != AgencyType.Fiu && !rule.Parameters.Processes.Contains(e.Process)
            ? Foreign(e)
            : null;

    public static Firing? ThirdCountryOrder(PolicyRule rule, Evaluation e) =>
        e.IsForeign && e.Request.Agency.Type != AgencyType.Fiu
        && Evaluation.Holds(e.Provider.EuMember, e.AsOf)
        && !(e.Agency is not null && Evaluation.Holds(e.Agency.EuMember, e.AsOf))
        && !rule.Parameters.Processes.Contains(e.Process)
            ? Foreign(e)
            : null;

    public static Firing? EEvidenceNotApplicable(PolicyRule rule, Evaluation e) =>
        rule.Parameters.Processes.Contains(e.Process) && !EEvidenceApplies(e)
            ? Foreign(e).And("date", e.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            : null;

    private static bool EEvidenceApplies(Evaluation e) =>
        e.IsForeign && e.Agency is not null
        && Evaluation.Holds(e.Agency.EEvidence, e.AsOf) && Evaluation.Holds(e.Provider.EEvidence, e.AsOf);

    /// <summary>The processes that support a category under the legal system, with the law each row rests on.</summary>
    private static string Needed(List<Authorisation> rows, DataCategory category)
    {
        var matching = rows.Where(a => a.Categories.Contains(category) && a.Requesters is RequesterScope.Domestic or RequesterScope.Any).ToList();
        return matching.Count == 0
            ? "no process of this legal system"
            : string.Join(" or ", matching.SelectMany(a => a.Processes).Distinct().Select(p => Common.KebabCase.Format(p)));
    }

    private static bool Accepts(Authorisation row, Evaluation e)
    {
        var requesterOk = row.Requesters switch
        {
            RequesterScope.Domestic => !e.IsForeign,
            RequesterScope.Foreign => e.IsForeign,
            RequesterScope.Any => true,
            RequesterScope.EEvidenceParticipant => EEvidenceApplies(e),
            _ => false,
        };
        if (!requesterOk || (row.Issuers.Count > 0 && !row.Issuers.Contains(e.Request.Agency.Type)))
        {
            return false;
        }

        if (row.MinPenaltyYears is not { } minimum)
        {
            return true;
        }

        var offence = e.Request.Offence;
        return offence is not null
            && (offence.MaxPenaltyYears >= minimum || offence.Categories.Any(row.ListedOffences.Contains)
                || (row.ListedTerms.Count > 0 && ListedByDescription(row, offence)));
    }

    private static bool ListedByDescription(Authorisation row, Offence offence)
    {
        var text = FoldedText.Of(offence.Description);
        return row.ListedTerms.Any(t => t.FoundIn(text));
    }

    private static Firing Foreign(Evaluation e) =>
        Firing.With("country", e.AgencyName)
            .And("provider", e.Provider.Name)
            .And("process", Text.Process(e.Process));
}
