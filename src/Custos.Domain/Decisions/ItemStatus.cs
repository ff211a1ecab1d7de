namespace Custos.Domain.Decisions;

/// <summary>Where the decision on one item stands (stored kebab-case, never renamed).</summary>
public enum ItemStatus
{
    /// <summary>Neither withheld nor approved by the whole quorum yet.</summary>
    Pending = 1,

    /// <summary>Every required function, and at least two different functions, approved producing it by distinct persons.</summary>
    Satisfied = 2,

    /// <summary>A required function withheld it: it is not produced.</summary>
    Withheld = 3,
}
