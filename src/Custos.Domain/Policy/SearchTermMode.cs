namespace Custos.Domain.Policy;

/// <summary>How a <see cref="SearchTerm"/> is looked for.</summary>
public enum SearchTermMode
{
    /// <summary>Consecutive words starting with each of the term's words (a stem finds its inflections).</summary>
    WordStems,
    /// <summary>A whole word (short terms: abbreviations of codes).</summary>
    WholeWord,
    /// <summary>A run of characters anywhere (scripts written without spaces).</summary>
    Anywhere,
    /// <summary>An article number that is not part of a longer number.</summary>
    ArticleNumber,
}
