namespace Custos.Screening.Lists;

/// <summary>One name of a list entry, as published.</summary>
/// <param name="Text">The name as the list writes it (for OFAC persons surname first, <c>PUTIN, Vladimir</c>).</param>
/// <param name="Kind">Primary name, alias, former or new name, or the original-script form.</param>
/// <param name="Strength">Strong, or a weak (low-quality) alias.</param>
public sealed record ListName(string Text, NameKind Kind, NameStrength Strength);
