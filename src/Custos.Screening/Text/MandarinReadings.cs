using System.Collections.Frozen;

namespace Custos.Screening.Text;

/// <summary>
/// The Hanyu Pinyin readings of a word written in one of the romanisations of Mandarin that lists and customers use:
/// Pinyin itself, Wade-Giles (Taiwan, older lists, names such as <c>Chiang Kai-shek</c>; its apostrophes for
/// aspiration are usually dropped, so <c>ch</c> may be Pinyin zh, ch, j or q and <c>p</c> b or p), Gwoyeu Romatzyh and
/// MPS II (<c>sh</c>, <c>ch</c>, <c>j</c> before i for Pinyin x, q, j: <c>Shi</c> for 习 Xi) and Tongyong Pinyin (<c>s</c>, <c>c</c>
/// before i for x and q, <c>jh</c> for zh). A word is read only when it splits entirely into syllables of these systems
/// (at most four); its readings are the Pinyin spellings it may stand for, so <c>hsi</c>, <c>shi</c> and <c>si</c> all
/// may read <c>xi</c>, <c>chinping</c> <c>jinping</c> and <c>tsetung</c> <c>zedong</c>. Two words that share a reading
/// may be the same characters written in two systems.
/// </summary>
internal static class MandarinReadings
{
    private const int MaxSyllables = 4;
    private const int MaxReadings = 64;

    /// <summary>The syllables of Hanyu Pinyin (ü written v), without tones.</summary>
    private static readonly FrozenSet<string> Pinyin = FrozenSet.ToFrozenSet(
        """
        a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu pa pai pan pang pao pei pen peng pi
        pian piao pie pin ping po pou pu ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu fa fan
        fang fei fen feng fo fou fu da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui
        dun duo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo na nai nan nang nao ne nei
        nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve la lai lan lang lao le lei leng li lia lian
        liang liao lie lin ling liu lo long lou lu luan lun luo lv lve ga gai gan gang gao ge gei gen geng gong gou gu gua
        guai guan guang gui gun guo ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo ha hai
        han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong
        jiu ju juan jue jun qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun xi xia xian xiang xiao xie xin
        xing xiong xiu xu xuan xue xun zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan
        zhuang zhui zhun zhuo cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun
        chuo sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo ran rang rao
        re ren reng ri rong rou ru rua ruan rui run ruo za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo
        ca cai can cang cao ce cen ceng ci cong cou cu cuan cui cun cuo sa sai san sang sao se sen seng si song sou su suan
        sui sun suo ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun wa wai wan wang wei wen weng wo wu e ei en eng
        er o ou
        """.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>Initials of the other systems and the Pinyin initials they may stand for (longest first).</summary>
    private static readonly (string Written, string[] Pinyin)[] Initials =
    [
        ("tz", ["z", "c"]), ("ts", ["z", "c"]), ("ss", ["s"]), ("sz", ["s"]), ("hs", ["x"]), ("sy", ["x"]), ("jh", ["zh"]),
        ("ch", ["zh", "ch", "j", "q"]), ("sh", ["sh", "x"]), ("zh", ["zh"]),
        ("k", ["g", "k"]), ("p", ["b", "p"]), ("t", ["d", "t"]), ("j", ["r", "j"]), ("s", ["s", "x"]), ("c", ["c", "q"]),
        ("b", ["b"]), ("d", ["d"]), ("g", ["g"]), ("q", ["q"]), ("x", ["x"]), ("z", ["z"]), ("r", ["r"]),
        ("m", ["m"]), ("f", ["f"]), ("n", ["n"]), ("l", ["l"]), ("h", ["h"]), ("w", ["w"]), ("y", ["y"]), (string.Empty, [string.Empty]),
    ];

    /// <summary>Finals of Wade-Giles (and the others) and the Pinyin finals they may stand for.</summary>
    private static readonly FrozenDictionary<string, string[]> Finals = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["ih"] = ["i"], ["u"] = ["u", "i"], ["ung"] = ["ong"], ["iung"] = ["iong"], ["ieh"] = ["ie"], ["ien"] = ["ian"],
        ["ueh"] = ["ue"], ["uei"] = ["ui"], ["o"] = ["o", "e", "uo"], ["eh"] = ["e"], ["erh"] = ["er"], ["en"] = ["en", "an"],
        ["ui"] = ["ui"], ["iu"] = ["iu"], ["un"] = ["un", "en"], ["ong"] = ["ong"], ["ou"] = ["ou"], ["uo"] = ["uo"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The Pinyin spellings <paramref name="word"/> may stand for (itself included when it is Pinyin), or none
    /// when it does not split into Mandarin syllables.</summary>
    /// <param name="word">A lower-case ASCII token.</param>
    public static string[] Of(string word) => word.Length < 2 || word.Length > 4 * MaxSyllables ? [] : Readings.Of(word);

    /// <summary>True when <paramref name="word"/> has readings (<see cref="Of"/> is not empty), without working them out.</summary>
    /// <param name="word">A lower-case ASCII token.</param>
    public static bool Readable(string word) =>
        word.Length >= 2 && word.Length <= 4 * MaxSyllables && SyllableReadings.IsLetters(word) && Readings.Fewest(word) <= MaxSyllables;

    /// <summary>True when the two words may be the same Mandarin syllables written in two systems (they share a reading)
    /// and are not written the same.</summary>
    public static bool Meet(string a, string b) => !string.Equals(a, b, StringComparison.Ordinal) && SyllableReadings.Share(Of(a), Of(b));

    private const int MaxSyllableLength = 6;

    /// <summary>Every syllable as one of the systems may write it → the Pinyin syllables it may stand for, worked out
    /// once from the Pinyin syllables' finals and the other systems' initials and finals, and the readings of words
    /// made of them.</summary>
    private static readonly SyllableReadings Readings = new(BuildWritten(), MaxSyllables, MaxReadings, string.Empty);

    private static FrozenDictionary<string, string[]> BuildWritten()
    {
        string[] pinyinInitials = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w"];
        var finals = new HashSet<string>(Finals.Keys, StringComparer.Ordinal);
        foreach (var syllable in Pinyin)
        {
            var initial = pinyinInitials.FirstOrDefault(i => syllable.StartsWith(i, StringComparison.Ordinal) && syllable.Length > i.Length) ?? string.Empty;
            finals.Add(syllable[initial.Length..]);
        }

        var written = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (initial, _) in Initials)
        {
            foreach (var final in finals)
            {
                var text = initial + final;
                if (text.Length <= MaxSyllableLength && !written.ContainsKey(text))
                {
                    var readings = Syllable(text).Distinct(StringComparer.Ordinal).ToArray();
                    if (readings.Length > 0)
                    {
                        written[text] = readings;
                    }
                }
            }
        }

        return written.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The Pinyin syllables a written syllable may stand for.</summary>
    private static IEnumerable<string> Syllable(string written)
    {
        if (Pinyin.Contains(written))
        {
            yield return written;
        }

        foreach (var (initial, pinyinInitials) in Initials)
        {
            if (!written.StartsWith(initial, StringComparison.Ordinal) || written.Length == initial.Length)
            {
                continue;
            }

            var final = written[initial.Length..];
            var finals = Finals.TryGetValue(final, out var mapped) ? mapped.Append(final) : [final];
            foreach (var p in pinyinInitials)
            {
                foreach (var f in finals)
                {
                    var candidate = p + f;
                    if (!string.Equals(candidate, written, StringComparison.Ordinal) && Pinyin.Contains(candidate) && Allowed(initial, final, p, f))
                    {
                        yield return candidate;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Which readings a written syllable may have: the palatal Pinyin initials (j, q, x) stand for another system's
    /// <c>ch</c> or <c>j</c> only before i or ü (written u), and for <c>sh</c>, <c>s</c> or <c>c</c> only before i; the
    /// Wade-Giles final <c>u</c> reads Pinyin i only after its dental sibilants (<c>tzu</c> zi, <c>ssu</c> si); <c>en</c>
    /// reads an only after y (<c>yen</c> yan) and <c>un</c> en only after w (Tongyong <c>wun</c>).
    /// </summary>
    private static bool Allowed(string writtenInitial, string writtenFinal, string pinyinInitial, string pinyinFinal)
    {
        if (pinyinInitial is "j" or "q" or "x" && writtenInitial is not ("hs" or "sy" or "q" or "x"))
        {
            var before = writtenInitial is "ch" or "j" ? pinyinFinal.StartsWith('i') || pinyinFinal.StartsWith('u') : pinyinFinal.StartsWith('i');
            if (!before)
            {
                return false;
            }
        }

        return (writtenFinal, pinyinFinal) switch
        {
            ("u", "i") => writtenInitial is "tz" or "ts" or "ss" or "sz",
            ("en", "an") => writtenInitial == "y",
            ("un", "en") => writtenInitial == "w",
            _ => true,
        };
    }
}
