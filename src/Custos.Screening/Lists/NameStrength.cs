namespace Custos.Screening.Lists;

/// <summary>
/// How much a name identifies its entry. Lists publish weak aliases (OFAC's quoted <c>a.k.a.</c> in remarks, UN
/// aliases of <c>Low</c> quality: nicknames, short or generic forms) that should not alone carry a confident match.
/// </summary>
public enum NameStrength
{
    /// <summary>A full name or an alias the list presents as identifying.</summary>
    Strong = 0,

    /// <summary>A low-quality alias.</summary>
    Weak = 1,
}
