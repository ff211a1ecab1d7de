namespace Custos.Screening.Lists;

/// <summary>One designated person, organisation, vessel or aircraft of a list, with what the list says about it.</summary>
public sealed class ListEntry
{
    /// <summary>The list this entry belongs to (one of <see cref="ListIds"/>).</summary>
    public required string ListId { get; init; }

    /// <summary>The list's own identifier of the entry: OFAC <c>ent_num</c>, UN <c>REFERENCE_NUMBER</c>.</summary>
    public required string SourceId { get; init; }

    /// <summary>What the entry designates.</summary>
    public required EntityKind Kind { get; init; }

    /// <summary>The primary name first, then aliases, former and new names and original-script forms.</summary>
    public required IReadOnlyList<ListName> Names { get; init; }

    /// <summary>The sanctions programmes (OFAC <c>SDGT</c>, <c>RUSSIA-EO14024</c> …; UN list type such as <c>DPRK</c>).</summary>
    public IReadOnlyList<string> Programs { get; init; } = [];

    /// <summary>Dates of birth (several when the list gives alternatives).</summary>
    public IReadOnlyList<BirthDate> BirthDates { get; init; } = [];

    /// <summary>Places of birth as published.</summary>
    public IReadOnlyList<string> BirthPlaces { get; init; } = [];

    /// <summary>Nationalities as published (for vessels, the flag state).</summary>
    public IReadOnlyList<string> Nationalities { get; init; } = [];

    /// <summary>Citizenships as published (OFAC <c>citizen</c>).</summary>
    public IReadOnlyList<string> Citizenships { get; init; } = [];

    /// <summary>Identity and registration documents.</summary>
    public IReadOnlyList<IdentityDocument> Documents { get; init; } = [];

    /// <summary>Addresses.</summary>
    public IReadOnlyList<PostalAddress> Addresses { get; init; } = [];

    /// <summary>Digital currency addresses.</summary>
    public IReadOnlyList<WalletAddress> Wallets { get; init; } = [];

    /// <summary>The gender when stated (<c>Male</c>, <c>Female</c>).</summary>
    public string? Gender { get; init; }

    /// <summary>Titles and designations (OFAC Title, UN TITLE and DESIGNATION).</summary>
    public IReadOnlyList<string> Titles { get; init; } = [];

    /// <summary>The full remarks or comments text (OFAC remarks joined with their continuation).</summary>
    public string? Remarks { get; init; }

    /// <summary>The primary name's text.</summary>
    public string PrimaryName => Names[0].Text;

    /// <inheritdoc />
    public override string ToString() => ListId + "/" + SourceId + " " + PrimaryName;
}
