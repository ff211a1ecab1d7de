using Custos.Domain.Common;
using Custos.Domain.Policy;
using Custos.Domain.Requests;

namespace Custos.Domain.Scrutiny;

/// <summary>Completeness: a written, signed request under a stated law, by a named officer, for named targets and data.</summary>
internal static class IntakeChecks
{
    public static Firing? RequiredField(PolicyRule rule, Evaluation e)
    {
        var r = e.Request;
        var p = rule.Parameters.Placeholders;
        var field = rule.Parameters.Field ?? throw new InvalidOperationException($"Rule {rule.Id} has no field.");
        var missing = field switch
        {
            Policy.RequiredField.LegalProcess => e.Process == LegalProcessType.None,
            Policy.RequiredField.LegalBasis => !Text.IsGiven(r.LegalProcess?.LegalBasis, p),
            Policy.RequiredField.Signature => r.LegalProcess?.Signed != true,
            Policy.RequiredField.Officer => !Text.IsGiven(r.Officer?.Name, p),
            Policy.RequiredField.AgencyCountry => e.AgencyCountry is null,
            Policy.RequiredField.Targets => r.Targets.Count == 0 || r.Targets.Any(t => !Text.IsGiven(t.Value, p)),
            Policy.RequiredField.DataCategories => r.DataCategories.Count == 0,
            Policy.RequiredField.DateRange => r.DateRange is null || (r.DateRange.From is null && r.DateRange.To is null),
            _ => throw new InvalidOperationException($"Field {field} has no check."),
        };
        return missing ? Firing.With("field", KebabCase.Format(field)) : null;
    }

    public static Firing? Freeze(Evaluation e) => e.Request.Kind == RequestKind.Freeze ? Firing.Plain : null;
}
