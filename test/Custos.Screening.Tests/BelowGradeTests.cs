using Custos.Screening.Matching;
using Custos.Screening.Text;

namespace Custos.Screening.Tests;

/// <summary>
/// The cheap test that rules a pair of tokens out before comparing them (<see cref="TokenSimilarity.BelowGrade"/>): it
/// may only rule out a pair whose full comparison grades 0, so it is checked against that comparison on many pairs,
/// near spellings of real names (typos, doubled letters, a softening y, transpositions, reversals) and random words.
/// </summary>
public sealed class BelowGradeTests
{
    private static readonly string[] Names =
    [
        "mohammed", "muhammad", "putin", "vladimir", "wladimir", "zelenskyy", "selenskyj", "tatyana", "tatjana", "hanniball",
        "castro", "castillo", "smirnov", "smirnoff", "khrushchev", "aleksandr", "alexander", "olga", "oleg", "xi", "hsi",
        "jinping", "chinping", "zhou", "chou", "ted", "theodore", "sasha", "volodya", "kim", "jong", "un", "asmh", "usama",
        "abdulrahman", "al", "bin", "nitup", "ivanov", "petion", "putyin", "puchin", "jong-uun", "llc", "gmbh", "1985",
        "michael", "mikhail", "eugene", "yevgeniy", "mykola", "nikolai", "stephanie", "esteban", "karl", "kryllo", "pylyp",
        "belyaeva", "elias", "ilyas", "fadl", "fazl", "redha", "reza", "nadhir", "nazir", "dhafar", "zafar", "uthman", "usman",
        "othman", "osman", "martha", "massa", "thomas", "dimas", "noor", "nur", "rooya", "ruya", "ameen", "amin", "deen", "din",
        "haroon", "harun", "nooruddeen", "nuruddin", "okean", "ocean", "kanada", "canada", "rey", "rei", "xing", "ksing",
        "iwanow", "qasim", "kasim", "yuan", "iuan", "fadjr", "fajr", "djamel", "hadj", "haj",
    ];

    private static readonly TokenClass[] Classes =
    [
        TokenClass.Word, TokenClass.Word, TokenClass.Word, TokenClass.Word, TokenClass.Word, TokenClass.Word,
        TokenClass.Patronymic, TokenClass.Generic, TokenClass.Particle, TokenClass.Initial, TokenClass.Number, TokenClass.LegalForm,
    ];

    [Fact]
    public void BelowGrade_OnManyPairs_RulesOutOnlyPairsTheComparisonGradesZero()
    {
        var random = new Random(20261206);
        var ruledOut = 0;
        var gradedZero = 0;
        const int Pairs = 300_000;
        for (var round = 0; round < Pairs; round++)
        {
            var a = RandomToken(random);
            var b = random.Next(3) == 0 ? RandomToken(random) : Near(random, a);
            var graded = TokenSimilarity.Graded(TokenSimilarity.Compare(a, b).Similarity);
            gradedZero += graded == 0f ? 1 : 0;
            if (BelowGrade(a, b))
            {
                ruledOut++;
                Assert.True(graded == 0f, $"{a.Text} ({a.Key}, {a.Class}) / {b.Text} ({b.Key}, {b.Class}) ruled out but graded {graded}");
            }
        }

        // The test is worth something only if the filter rules out a good share of the pairs that grade 0.
        Assert.True(ruledOut > gradedZero / 3, $"{ruledOut} of {gradedZero} pairs graded 0 ruled out");
    }

    [Theory]
    [InlineData("john", "mohammed")]
    [InlineData("smith", "ali")]
    [InlineData("ivanov", "hassan")]
    public void BelowGrade_UnrelatedNames_AreRuledOut(string a, string b)
    {
        Assert.True(BelowGrade(Token(a), Token(b)));
        Assert.Equal(0f, TokenSimilarity.Graded(TokenSimilarity.Compare(Token(a), Token(b)).Similarity));
    }

    [Theory]
    [InlineData("hanniball", "hanibal")] // doubled letters
    [InlineData("tatyana", "tatana")] // a softening y
    [InlineData("nitup", "putin")] // written backwards
    [InlineData("ted", "theodore")] // a pet form
    [InlineData("j", "john")] // an initial
    [InlineData("mohammed", "mehmet")] // the same skeleton
    [InlineData("nadhir", "nazir")] // two languages' Latin spellings of ذ
    [InlineData("uthman", "usman")] // and of ث
    [InlineData("rooya", "ruya")] // a long vowel written as a digraph
    [InlineData("deen", "din")]
    [InlineData("kekep", "cecep")] // letters transliterations write one for the other
    [InlineData("ksing", "xing")]
    [InlineData("iwanow", "ivanov")]
    [InlineData("hadj", "haj")]
    public void BelowGrade_PairsAnotherRuleMayJoin_AreNotRuledOut(string a, string b)
    {
        Assert.False(BelowGrade(Token(a), Token(b)));
    }

    /// <summary>A legal form against a listed person's word it may have been read from in a query of no kind (pao, a
    /// surname, read as pjsc): the same word (<see cref="TokenSimilarity.Compare"/>), not ruled out.</summary>
    [Fact]
    public void BelowGrade_ALegalFormAgainstAWordItIsASynonymOf_IsNotRuledOut()
    {
        var form = Token("pjsc", TokenClass.LegalForm);
        var word = Token("pao");

        Assert.Equal(1f, TokenSimilarity.Compare(form, word).Similarity);
        Assert.Equal(1f, TokenSimilarity.Compare(word, form).Similarity);
        Assert.False(BelowGrade(form, word));
        Assert.False(BelowGrade(word, form));
        Assert.Equal(0f, TokenSimilarity.Compare(Token("llc", TokenClass.LegalForm), word).Similarity);
    }

    /// <summary>Two words of no variant kind (no respellings of Cyrillic, whose own bound would let them through) that are
    /// one as transliterations write them, two letters apart in a word of five: c as k, dj as j.</summary>
    [Fact]
    public void BelowGrade_TransliteratedLettersTwoApart_AreNotRuledOut()
    {
        var a = new Tok("cedja", PhoneticKey.Of("cedja"), TokenClass.Word, 1f, 1f, -1, KnownVariants: 0);
        var b = new Tok("keja", PhoneticKey.Of("keja"), TokenClass.Word, 1f, 1f, -1, KnownVariants: 0);

        Assert.Equal(TokenSimilarity.TransliteratedLetters, TokenSimilarity.Compare(a, b).Similarity);
        Assert.False(BelowGrade(a, b));
    }

    private static bool BelowGrade(in Tok a, in Tok b) =>
        TokenSimilarity.BelowGrade(a, TokenSimilarity.LetterSet.Of(a), b, TokenSimilarity.LetterSet.Of(b));

    private static Tok Token(string text, TokenClass tokenClass = TokenClass.Word, bool syllabic = false, int vocabId = -1) =>
        new(text, PhoneticKey.Of(text), tokenClass, 1f, 1f, vocabId, syllabic);

    private static Tok RandomToken(Random random)
    {
        var text = random.Next(4) == 0 ? RandomWord(random) : Mutate(random, Names[random.Next(Names.Length)]);
        var tokenClass = text.Length == 1 ? TokenClass.Initial : Classes[random.Next(Classes.Length)];
        return Token(text, tokenClass, random.Next(10) == 0, random.Next(2) == 0 ? -1 : random.Next(1000));
    }

    /// <summary>Another token a few edits from <paramref name="token"/>, of the same class mostly.</summary>
    private static Tok Near(Random random, Tok token)
    {
        var text = Mutate(random, token.Text);
        var tokenClass = text.Length == 1 ? TokenClass.Initial : random.Next(4) == 0 ? Classes[random.Next(Classes.Length)] : token.Class;
        return Token(text, tokenClass, random.Next(10) == 0, random.Next(2) == 0 ? -1 : random.Next(1000));
    }

    private static string RandomWord(Random random)
    {
        const string Letters = "aeiouybcdhjklmnrstvz";
        var chars = new char[random.Next(1, 14)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Letters[random.Next(Letters.Length)];
        }

        return new string(chars);
    }

    /// <summary>Up to four edits: a letter changed, added, dropped, doubled, two swapped, a y added, a letter written as
    /// another transliteration writes it, or the whole reversed.</summary>
    private static string Mutate(Random random, string text)
    {
        const string Letters = "aeiouybcdhjklmnrstvz";
        var chars = new List<char>(text);
        var edits = random.Next(5);
        for (var e = 0; e < edits; e++)
        {
            var at = chars.Count == 0 ? 0 : random.Next(chars.Count);
            switch (random.Next(8))
            {
                case 0 when chars.Count > 0:
                    chars[at] = Letters[random.Next(Letters.Length)];
                    break;
                case 1:
                    chars.Insert(at, Letters[random.Next(Letters.Length)]);
                    break;
                case 2 when chars.Count > 1:
                    chars.RemoveAt(at);
                    break;
                case 3 when chars.Count > 0:
                    chars.Insert(at, chars[at]);
                    break;
                case 4 when at + 1 < chars.Count:
                    (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                    break;
                case 5:
                    chars.Insert(at, 'y');
                    break;
                case 6:
                    chars.Reverse();
                    break;
                case 7 when chars.Count > 0:
                    var other = chars[at] switch { 'c' => "k", 'k' => "q", 'q' => "c", 'w' => "v", 'v' => "w", 'y' => "i", 'i' => "y", 'x' => "ks", 'j' => "dj", _ => null };
                    if (other is not null)
                    {
                        chars.RemoveAt(at);
                        chars.InsertRange(at, other);
                    }

                    break;
            }
        }

        return chars.Count == 0 ? text : new string([.. chars]);
    }
}
