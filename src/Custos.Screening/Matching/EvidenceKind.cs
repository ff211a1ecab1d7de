namespace Custos.Screening.Matching;

/// <summary>What besides the name raised or lowered a score.</summary>
public enum EvidenceKind
{
    /// <summary>The query's date of birth against the entry's.</summary>
    BirthDate = 0,

    /// <summary>The query's country against the entry's nationalities, citizenships and (for organisations) addresses.</summary>
    Country = 1,

    /// <summary>The query's type (person, organisation, vessel, aircraft) against the entry's.</summary>
    EntityKind = 2,

    /// <summary>The best name was a weak (low-quality) alias.</summary>
    WeakAlias = 3,
}
