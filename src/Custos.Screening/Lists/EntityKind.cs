namespace Custos.Screening.Lists;

/// <summary>What a list entry (or a screening query) designates.</summary>
public enum EntityKind
{
    /// <summary>Not stated.</summary>
    Unknown = 0,

    /// <summary>A natural person (OFAC <c>individual</c>, UN <c>INDIVIDUAL</c>).</summary>
    Person = 1,

    /// <summary>A company, organisation, group or other legal entity (OFAC entries without a type, UN <c>ENTITY</c>).</summary>
    Organization = 2,

    /// <summary>A ship.</summary>
    Vessel = 3,

    /// <summary>An aircraft.</summary>
    Aircraft = 4,
}
