using System.Collections.Frozen;
using Custos.Screening.Text;

namespace Custos.Screening.Matching;

/// <summary>A given name and the other names it is known by: its forms in other languages (<see cref="GivenNames"/>:
/// <c>michael</c> / <c>mikhail</c>, <c>eugene</c> / <c>yevgeniy</c>, <c>mykola</c> / <c>nikolai</c>) and, for a pet form, the
/// full names it shortens (<see cref="Hypocorisms"/>: <c>ted</c> / <c>theodore</c>).</summary>
internal static partial class TokenSimilarity
{
    /// <summary>What a given name's form in another language counts for, times how near it comes to the other word: a
    /// little below a pet form (<see cref="Variant"/>), since a form is another name of the same origin, which a person
    /// bears in one language and not always in the other.</summary>
    public const float OtherLanguageForm = 0.85f;

    /// <summary>How near a form or a full name must come to the other word to count.</summary>
    private const float FormMinimum = 0.8f;

    /// <summary>Each given name's forms in other languages with their phonetic keys and letter sets, worked out once.</summary>
    private static readonly FrozenDictionary<string, (string Text, string Key, LetterSet Letters)[]> NameForms =
        GivenNames.Names.ToFrozenDictionary(name => name, name => GivenNames.FormsOf(name).Select(WithKey).ToArray(), StringComparer.Ordinal);

    /// <summary>Each pet form's full names with their phonetic keys and letter sets, worked out once.</summary>
    private static readonly FrozenDictionary<string, (string Text, string Key, LetterSet Letters)[]> PetFullNames =
        Hypocorisms.PetForms.ToFrozenDictionary(pet => pet, pet => Hypocorisms.FullNamesOf(pet).Select(WithKey).ToArray(), StringComparer.Ordinal);

    private static (string Text, string Key, LetterSet Letters) WithKey(string form)
    {
        var key = PhoneticKey.Of(form);
        return (form, key, LetterSet.Of(form, key));
    }

    /// <summary>How near one of <paramref name="name"/>'s forms in other languages comes to <paramref name="other"/>, times
    /// <see cref="OtherLanguageForm"/> (<c>michael</c> / <c>mikhail</c> 0.85, <c>eugene</c> / <c>yevgeniy</c> through
    /// <c>yevgeniy</c> itself, <c>eugene</c> / <c>evgeniy</c> through <c>evgeny</c> a little less); zero when none comes to
    /// <see cref="FormMinimum"/>. A form is compared as a spelling that writes its vowels: a skeleton shared with a word
    /// without vowels is no form of a name (<c>pylyp</c> and <c>belyaeva</c>, <c>karl</c> and <c>kryllo</c> have one).</summary>
    private static float OtherLanguage(string name, string other, string otherKey) =>
        NameForms.TryGetValue(name, out var forms) ? Nearest(forms, other, otherKey, OtherLanguageForm, namesVowelless: false, otherVowelless: false) : 0f;

    /// <summary>How near <paramref name="pet"/>, as a pet form, comes to <paramref name="other"/> through the full names
    /// it shortens, times <see cref="Variant"/> (none nearer than <see cref="FormMinimum"/> counts).</summary>
    /// <param name="pet">The pet form.</param>
    /// <param name="other">The other word.</param>
    /// <param name="otherKey">Its phonetic key.</param>
    /// <param name="otherVowelless">Whether the other word is written without vowels, when the caller knows it (a Latin
    /// word by its own rule, <see cref="Tok.Vowelless"/>), or null to tell by its letters.</param>
    private static float PetName(string pet, string other, string otherKey, bool? otherVowelless) =>
        PetFullNames.TryGetValue(pet, out var fullNames) ? Nearest(fullNames, other, otherKey, Variant, namesVowelless: null, otherVowelless) : 0f;

    /// <summary>The best of <paramref name="names"/> against <paramref name="other"/> that comes to <see cref="FormMinimum"/>,
    /// times <paramref name="factor"/>, or zero. A name whose letters prove it too far is not compared.</summary>
    /// <param name="names">Other names of one name, with their keys and letter sets.</param>
    /// <param name="other">The word compared.</param>
    /// <param name="otherKey">Its phonetic key.</param>
    /// <param name="factor">What a name of <paramref name="names"/> counts for.</param>
    /// <param name="namesVowelless">As for <see cref="CompareWords"/>, for the names: false to compare them as spellings
    /// that write their vowels, null to tell by their letters.</param>
    /// <param name="otherVowelless">The same for the word compared.</param>
    private static float Nearest((string Text, string Key, LetterSet Letters)[] names, string other, string otherKey, float factor, bool? namesVowelless,
        bool? otherVowelless)
    {
        var otherLetters = LetterSet.Of(other, otherKey);
        var best = 0f;
        foreach (var (text, key, letters) in names)
        {
            if (string.Equals(text, other, StringComparison.Ordinal))
            {
                return factor;
            }

            if (SpellingsBelow(letters, otherLetters, BelowFormMinimum))
            {
                continue;
            }

            var near = CompareWords(text, key, other, otherKey, namesVowelless, otherVowelless).Similarity;
            best = near >= FormMinimum ? Math.Max(best, factor * near) : best;
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

    /// <summary>The bound under which a form or a full name is proven short of <see cref="FormMinimum"/>:
    /// <see cref="SpellingsBelow"/> proves a similarity at most its limit, and one at exactly the minimum counts.</summary>
    private const float BelowFormMinimum = FormMinimum - 0.001f;
}
