namespace Custos.Screening.Text;

/// <summary>What a name token is, which decides how much it can weigh in a match.</summary>
public enum TokenClass
{
    /// <summary>An ordinary name word: its weight is its rarity in the list corpus.</summary>
    Word = 0,

    /// <summary>A name particle (<c>al</c>, <c>bin</c>, <c>ibn</c>, <c>van</c>, <c>de</c>, <c>von</c> …): little weight.</summary>
    Particle = 1,

    /// <summary>A title or honorific (<c>Mr</c>, <c>Dr</c>, <c>Sheikh</c>, <c>Haji</c>, <c>President</c> …): ignored.</summary>
    Title = 2,

    /// <summary>A legal form (<c>LLC</c>, <c>OOO</c>, <c>GmbH</c>, <c>Ltd</c>, <c>Corp</c> …): weak evidence only.</summary>
    LegalForm = 3,

    /// <summary>A generic organisation word (<c>Trading</c>, <c>Group</c>, <c>International</c> …): capped weight.</summary>
    Generic = 4,

    /// <summary>A patronymic (<c>Vladimirovich</c>): full weight when both names have one, little when one lacks it.</summary>
    Patronymic = 5,

    /// <summary>A single letter standing for a name (<c>V.</c>).</summary>
    Initial = 6,

    /// <summary>A number or Roman numeral (<c>44</c>, <c>II</c>).</summary>
    Number = 7,

    /// <summary>A function word (<c>the</c>, <c>of</c>, <c>and</c>): almost no weight.</summary>
    Stopword = 8,
}
