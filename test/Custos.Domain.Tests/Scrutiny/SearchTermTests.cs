using System.Globalization;
using Custos.Domain.Policy;

namespace Custos.Domain.Tests.Scrutiny;

/// <summary>Folding and matching of the policy's terms: any script, any case, any culture of the machine.</summary>
public class SearchTermTests
{
    [Theory]
    [InlineData("дискредитац", "в целях дискредитации использования Вооруженных Сил")]
    [InlineData("оскорблени президент", "Оскорбление Президента в комментариях")]
    [InlineData("cumhurbaşkan hakaret", "CUMHURBAŞKANINA HAKARET suçu")]
    [InlineData("lèse-majesté", "lese majeste")]
    [InlineData("jehovah's witnesses", "worship meetings of Jehovah’s Witnesses")]
    [InlineData("توهین به رهبری", "توهين به رهبري")]                       // Persian yeh written as Arabic yeh
    [InlineData("ازدراء الأديان", "ازدراء الاديان")]                        // hamza on the alef dropped
    [InlineData("همجنس گرایی", "همجنس‌گرایی")]                              // zero-width non-joiner
    [InlineData("勾結外國", "違反國安法，勾結外國勢力")]                    // a script without spaces: anywhere
    [InlineData("tck", "ＴＣＫ md. 299")]                                    // full-width letters
    [InlineData("หมิ่นพระบรมเดชานุภาพ", "ข้อหาหมิ่นพระบรมเดชานุภาพ มาตรา 112")]     // Thai, no spaces between words
    [InlineData("lợi dụng các quyền tự do dân chủ", "Tội lợi dụng các quyền tự do dân chủ (Điều 331)")] // Vietnamese: đ has no decomposition
    [InlineData("2911 sayılı kanun", "2911 SAYILI KANUNA muhalefet")]      // a term starting with a digit
    public void FoundIn_SameTermOtherwiseWritten_Matches(string term, string text) =>
        Assert.True(SearchTerm.Phrase(term).FoundIn(FoldedText.Of(text)));

    [Theory]
    [InlineData("УК", "указ президента")]             // a short term is a whole word
    [InlineData("don", "London fraud")]
    [InlineData("донат", "фондантинг")]               // a stem starts a word
    [InlineData("insulting the president", "insulting the vice-president's dog")]
    public void FoundIn_NotTheTerm_DoesNotMatch(string term, string text) =>
        Assert.False(SearchTerm.Phrase(term).FoundIn(FoldedText.Of(text)));

    [Theory]
    [InlineData("207.3", "ч. 2 ст. 207.3 УК РФ", true)]
    [InlineData("282.2", "статья 282.2", true)]
    [InlineData("282", "статья 282.2", false)]
    [InlineData("207.3", "ст. 1207.31", false)]
    [InlineData("20.3.3", "ст. 20.3.3 КоАП", true)]
    [InlineData("20.3", "ст. 20.3.3 КоАП", false)]
    [InlineData("295-C", "section 295-c PPC", true)]
    [InlineData("124", "IPC 124A", false)]
    [InlineData("500", "ماده ۵۰۰ قانون مجازات", true)]
    [InlineData("第二十九條", "《香港國安法》第二十九條", true)]
    public void Article_FoundIn_RespectsNumberBoundaries(string article, string text, bool expected) =>
        Assert.Equal(expected, SearchTerm.Article(article).FoundIn(FoldedText.Of(text)));

    [Fact]
    public void FoundIn_UnderATurkishCulture_MatchesAsUnderTheInvariantOne()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            var term = SearchTerm.Phrase("insulting the president");

            Assert.True(term.FoundIn(FoldedText.Of("INSULTING THE PRESIDENT")));
            Assert.True(SearchTerm.Phrase("İzinsiz gösteri").FoundIn(FoldedText.Of("izinsiz gösteriye katılım")));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Phrase_WithoutALetterOrDigit_IsRefused() =>
        Assert.Throws<ArgumentException>(() => SearchTerm.Phrase("--"));

    [Fact]
    public void Modes_FollowWhatTheTermIs()
    {
        Assert.Equal(SearchTermMode.WholeWord, SearchTerm.Phrase("УК").Mode);
        Assert.Equal(SearchTermMode.WordStems, SearchTerm.Phrase("discreditation").Mode);
        Assert.Equal(SearchTermMode.Anywhere, SearchTerm.Phrase("颠覆国家政权").Mode);
        Assert.Equal(SearchTermMode.ArticleNumber, SearchTerm.Article("207.3").Mode);
    }
}
