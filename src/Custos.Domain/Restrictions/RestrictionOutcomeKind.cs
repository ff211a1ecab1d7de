namespace Custos.Domain.Restrictions;

/// <summary>What a restriction rule concluded for one customer on one day.</summary>
public enum RestrictionOutcomeKind
{
    /// <summary>The restriction was not in force on the day.</summary>
    NotInForce = 1,

    /// <summary>The customer is neither a national nor a resident of the target country.</summary>
    NotCovered = 2,

    /// <summary>The customer is covered but exempt (a national of an exempt country, or a valid residence permit there).</summary>
    Exempt = 3,

    /// <summary>The customer's crypto-assets do not exceed the threshold in force.</summary>
    BelowThreshold = 4,

    /// <summary>The priced holdings do not exceed the threshold but some holdings have no price: the rule cannot tell.</summary>
    Undetermined = 5,

    /// <summary>The services must be withdrawn: restrict the account.</summary>
    Restrict = 6,
}
