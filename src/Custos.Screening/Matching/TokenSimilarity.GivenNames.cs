using System.Collections.Frozen;
using Custos.Screening.Text;

namespace Custos.Screening.Matching;

/// <summary>A given name and its forms in other languages (<see cref="GivenNames"/>): <c>michael</c> / <c>mikhail</c>,
/// <c>eugene</c> / <c>yevgeniy</c>, <c>mykola</c> / <c>nikolai</c>.</summary>
internal static partial class TokenSimilarity
{
    /// <summary>What a given name's form in another language counts for, times how near it comes to the other word: a
    /// little below a pet form (<see cref="Variant"/>), since a form is another name of the same origin, which a person
    /// bears in one language and not always in the other.</summary>
    public const float OtherLanguageForm = 0.85f;

    /// <summary>How near a form must come to the other word to count (as for a pet form's full names).</summary>
    private const float FormMinimum = 0.8f;

    /// <summary>Each given name's forms in other languages with their phonetic keys and letter sets, worked out once.</summary>
    private static readonly FrozenDictionary<string, (string Text, string Key, LetterSet Letters)[]> NameForms =
        GivenNames.Names.ToFrozenDictionary(name => name, name => GivenNames.FormsOf(name).Select(WithKey).ToArray(), StringComparer.Ordinal);

    private static (string Text, string Key, LetterSet Letters) WithKey(string form)
    {
        var key = PhoneticKey.Of(form);
        return (form, key, LetterSet.Of(form, key));
    }

    /// <summary>How near one of <paramref name="name"/>'s forms in other languages comes to <paramref name="other"/>, times
    /// <see cref="OtherLanguageForm"/> (<c>michael</c> / <c>mikhail</c> 0.85, <c>eugene</c> / <c>yevgeniy</c> through
    /// <c>yevgeniy</c> itself, <c>eugene</c> / <c>evgeniy</c> through <c>evgeny</c> a little less); zero when none comes to
    /// <see cref="FormMinimum"/>. A form whose letters prove it too far is not compared.</summary>
    private static float OtherLanguage(string name, string other, string otherKey)
    {
        if (!NameForms.TryGetValue(name, out var forms))
        {
            return 0f;
        }

        var otherLetters = LetterSet.Of(other, otherKey);
        var best = 0f;
        foreach (var (text, key, letters) in forms)
        {
            if (string.Equals(text, other, StringComparison.Ordinal))
            {
                return OtherLanguageForm;
            }

            if (SpellingsBelow(letters, otherLetters, BelowFormMinimum))
            {
                continue;
            }

            // As spellings that write their vowels: a skeleton shared with a word without vowels is no form of a name
            // (pylyp and belyaeva, karl and kryllo have one).
            var near = CompareWords(text, key, other, otherKey, false, false).Similarity;
            best = near >= FormMinimum ? Math.Max(best, OtherLanguageForm * near) : best;
        }

        return best;
    }

    /// <summary>True when no form of <paramref name="name"/> in another language can come to <see cref="FormMinimum"/>
    /// against the spelling of <paramref name="other"/> (<see cref="SpellingsBelow"/>): <see cref="OtherLanguage"/> is then
    /// zero.</summary>
    private static bool FormsBelow(string name, in LetterSet other)
    {
        if (!NameForms.TryGetValue(name, out var forms))
        {
            return true;
        }

        foreach (var form in forms)
        {
            if (!SpellingsBelow(form.Letters, other, BelowFormMinimum))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The bound under which a form is proven short of <see cref="FormMinimum"/>: <see cref="SpellingsBelow"/>
    /// proves a similarity at most its limit, and a form at exactly the minimum counts.</summary>
    private const float BelowFormMinimum = FormMinimum - 0.001f;
}
