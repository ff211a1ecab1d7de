using Custos.Domain.Policy;

namespace Custos.Domain.Scrutiny;

/// <summary>
/// Dual criminality for coercive measures: a foreign authority's compulsory measure for conduct that the provider's country
/// records as no offence is refused (European Convention on Mutual Assistance 1959 Art. 5(1)(a); UNCAC Art. 46(9)(b);
/// UN Model Treaty Art. 4(1)(e)).
/// </summary>
internal static class DualCriminalityChecks
{
    public static Firing? Check(PolicyRule rule, Evaluation e)
    {
        if (!e.IsForeign || !rule.Parameters.Processes.Contains(e.Process) || e.Provider.ConductNotCriminal.Count == 0)
        {
            return null;
        }

        foreach (var (conduct, evidence) in Conducts(e))
        {
            if (e.Provider.ConductNotCriminal.TryGetValue(conduct, out var timeline) && timeline.On(e.AsOf) is { Value: true } fact)
            {
                var name = e.Policy.Conducts.TryGetValue(conduct, out var description) ? description : conduct;
                return Firing.With("conduct", name)
                    .And("evidence", evidence)
                    .And("provider", e.Provider.Name)
                    .And("country", e.AgencyName)
                    .And("process", Text.Process(e.Process))
                    .And("fact", fact.Source);
            }
        }

        return null;
    }

    /// <summary>
    /// The conduct the request is for, with what shows it: a cited statute always; a lexicon term only when no ordinary
    /// offence is alleged beside it (a fraud description that mentions an insult is still a fraud).
    /// </summary>
    private static IEnumerable<(string Conduct, string Evidence)> Conducts(Evaluation e)
    {
        foreach (var statute in e.Reading.Statutes)
        {
            if (statute.Conduct is { } conduct)
            {
                yield return (conduct, statute.Name);
            }
        }

        var categories = e.Request.Offence?.Categories ?? [];
        if (categories.Any(e.Policy.Predominance.OrdinaryOffences.Contains))
        {
            yield break;
        }

        foreach (var (group, entry) in e.Reading.Terms)
        {
            if (group.Conduct is { } conduct)
            {
                yield return (conduct, $"\"{entry.Term.Text}\" ({entry.Language})");
            }
        }
    }
}
