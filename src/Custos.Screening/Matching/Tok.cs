using Custos.Screening.Text;

namespace Custos.Screening.Matching;

/// <summary>A token ready for matching: text, phonetic key, class, weight and (for indexed names) its vocabulary id.</summary>
internal readonly record struct Tok(string Text, string Key, TokenClass Class, float Weight, int VocabId);
