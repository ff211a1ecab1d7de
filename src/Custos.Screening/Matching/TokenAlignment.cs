namespace Custos.Screening.Matching;

/// <summary>One line of a name comparison: a query token paired with a list token, or a token left unpaired.</summary>
/// <param name="QueryToken">The normalised query token(s), null when the list token stayed unpaired.</param>
/// <param name="ListToken">The normalised list token(s), null when the query token stayed unpaired.</param>
/// <param name="Kind">How they were paired.</param>
/// <param name="Similarity">The token similarity in [0, 1] (0 for an unpaired token).</param>
/// <param name="Weight">The weight the pair or token carries (its rarity in the corpus times its class factor).</param>
public sealed record TokenAlignment(string? QueryToken, string? ListToken, AlignmentKind Kind, double Similarity, double Weight);
