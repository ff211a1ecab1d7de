using Custos.Domain.Policy;

namespace Custos.Domain.Scrutiny;

/// <summary>One thing scrutiny found, with the rule that found it and what that rule rests on.</summary>
/// <param name="Code">Dotted code whose first segment is the family.</param>
/// <param name="Severity">How much it weighs.</param>
/// <param name="Message">A plain explanation for a reviewer.</param>
/// <param name="Rule">The policy rule id.</param>
/// <param name="Source">The law, standard or fact the rule rests on.</param>
/// <param name="Recommends">What this finding alone would recommend, when it pushes the recommendation.</param>
public sealed record Finding(string Code, FindingSeverity Severity, string Message, string Rule, string Source, Recommendation? Recommends)
{
    /// <summary>The weighed evidence a finding of the predominance assessment rests on; empty for other findings.</summary>
    public IReadOnlyList<WeighedEvidence> Evidence { get; init; } = [];

    /// <summary>The first segment of <see cref="Code"/>.</summary>
    public string Family => Code.IndexOf('.', StringComparison.Ordinal) is var dot and >= 0 ? Code[..dot] : Code;
}
