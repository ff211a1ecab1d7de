namespace Custos.Domain.Policy;

/// <summary>One term of the lexicon of political offences, in one language.</summary>
/// <param name="Term">The term (a stem, a phrase, a run of characters).</param>
/// <param name="Language">ISO 639-1 code of its language.</param>
public sealed record LexiconEntry(SearchTerm Term, string Language);
