namespace Custos.Domain.Policy;

/// <summary>What the weighed evidence of political character amounts to.</summary>
public enum PredominanceLevel
{
    /// <summary>Below every threshold.</summary>
    None,
    /// <summary>Enough to need a human-rights reviewer's judgment.</summary>
    Possible,
    /// <summary>The request's predominant character is political, religious or racial: no treaty route exists.</summary>
    Predominant,
}
