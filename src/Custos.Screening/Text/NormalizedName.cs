namespace Custos.Screening.Text;

/// <summary>A name after normalisation: its tokens in reading order (given names before the surname).</summary>
/// <param name="Original">The name as given.</param>
/// <param name="Tokens">The tokens; titles are kept (with <see cref="TokenClass.Title"/>) so that explanations can show them.</param>
public sealed record NormalizedName(string Original, IReadOnlyList<NameToken> Tokens)
{
    /// <summary>The tokens' text joined by spaces (<c>vladimir vladimirovich putin</c>).</summary>
    public string Display => string.Join(' ', Tokens.Select(t => t.Text));

    /// <inheritdoc />
    public override string ToString() => Display;
}
