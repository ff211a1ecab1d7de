namespace Custos.Application.Demo;

/// <summary>What residence permit the customers of a segment hold in their country of residence.</summary>
internal enum DemoPermit
{
    None,
    /// <summary>Temporary or permanent, about half each.</summary>
    Either,
    Permanent,
    /// <summary>EU temporary protection for people displaced from Ukraine (Council Implementing Decision 2022/382).</summary>
    TemporaryProtection,
}

/// <summary>
/// A group of customers: a culture of names, a nationality, a country of residence, the permit they hold there and,
/// for dual nationals, the country of their second passport.
/// </summary>
internal sealed record DemoSegment(double Weight, DemoCulture Culture, string Nationality, string Residence,
    DemoPermit Permit = DemoPermit.None, string? SecondPassport = null)
{
    /// <summary>Russian nationals and residents of Russia: the persons EU Reg. 833/2014 Art. 5b is about.</summary>
    public bool RussiaLinked => Nationality == "RU" || Residence == "RU";
}
