using System.Collections.Frozen;

namespace Custos.Screening.Text;

/// <summary>The closed word lists the normaliser classifies tokens with (all lower-case ASCII, after transliteration).</summary>
internal static class WordLists
{
    /// <summary>Titles and honorifics in the languages the lists and their users write (dropped from matching).</summary>
    public static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "miss", "mister", "dr", "doctor", "prof", "professor", "sir", "dame", "lord", "lady", "madam", "madame",
        "monsieur", "mme", "mlle", "herr", "frau", "senor", "senora", "sr", "sra", "signor", "signora",
        "sheikh", "shaikh", "shaykh", "sheik", "cheikh", "haji", "hajji", "hadji", "alhaji", "mullah", "mulla", "maulana",
        "maulvi", "mawlawi", "mawlavi", "mufti", "imam",
        "president", "presidente", "prasident", "praesident", "prezident", "predsjednik", "presedintele", "presiden",
        "elnok", "prezydent", "presidentti", "presidenten", "gen", "colonel", "col", "maj", "captain",
        "capt", "lieutenant", "lt", "admiral", "commander", "brigadier", "marshal", "sergeant", "emperor", "minister",
        "senator", "governor", "mayor", "judge", "rev", "reverend", "bishop", "archbishop", "ayatollah", "hojatoleslam",
        "eng", "engineer", "excellency", "hon", "honorable", "honourable", "jr", "junior", "senior",

        // The same in other languages as transliterated (Russian президента, Turkish Cumhurbaşkanı, Arabic رئيس, Greek
        // Πρόεδρος …), with the grammatical cases a name is quoted in; only words that are not also names.
        "prezidenta", "prezidentu", "prezidentom", "prezydenta", "prezydentu", "prezidentas", "presidenta", "presidents",
        "prasidenten", "praesidenten", "presidentin", "predsednik", "predsedniku", "proedros", "proedrou", "presedinte",
        "cumhurbaskani", "cumhurbaskanimiz", "baskan", "baskani", "riys", "rais", "raees", "raeis", "rayis", "elnoke",
        "kanzler", "bundeskanzler", "chancellor", "premier", "premyer", "gospodin", "gospozha", "tovarishch", "doktor",
        "dott", "dottore", "dra", "licenciado", "licenciada", "general", "generala", "generalmajor", "polkovnik",
        "kolonel", "coronel", "colonnello", "comandante", "komandir", "kapitan", "capitan", "excelencia", "eminence",
        "hajj", "haj", "alhaj", "alhajj", "hadj", "ustad", "ustadh", "ustaz", "molvi", "akhund", "sheikha", "shaikha",
        "cheikha", "sheykh", "prince", "princess", "emir", "xiansheng", "nushi", "zongtong", "zhuxi", "zongli",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Titles written in Chinese, Japanese or Korean script, taken out of a name before it is transliterated (a Han run
    /// is segmented into syllables, so 普京总统 would otherwise be one word): president, chairman, premier, Mr and Ms.
    /// </summary>
    public static readonly string[] ScriptTitles =
    [
        "大总统", "大總統", "总统", "總統", "大統領", "大统领", "主席", "总理", "總理", "首相", "先生", "女士", "阁下", "閣下",
        "委員長", "委员长", "总书记", "總書記", "総書記", "さん", "さま", "様", "대통령", "위원장", "총리", "총비서",
    ];

    /// <summary>Name particles: meaningful only with the word they join.</summary>
    public static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
    [
        "al", "el", "ul", "ol", "bin", "ibn", "ben", "bint", "binti", "bte", "abu", "abou", "abo", "umm", "um", "ould", "wuld",
        "bn", "abn", "bnt", "abw", "am",
        "van", "von", "der", "den", "ter", "te", "de", "da", "di", "du", "del", "della", "dos", "das", "do", "le", "la", "los",
        "las", "zu", "mac", "st", "san", "santa", "na", "ag", "bar", "ap",
    ], StringComparer.Ordinal);

    /// <summary>Spellings of one particle: son of, daughter of, father of, mother of, the Arabic article, Mauritanian
    /// son of (<c>ibn</c>, <c>bin</c>, <c>ben</c> and the transliterated <c>abn</c> …).</summary>
    private static readonly string[][] ParticleSpellings =
    [
        ["bin", "ibn", "ben", "bn", "abn"], ["bint", "binti", "bte", "bnt"], ["abu", "abou", "abo", "abw"], ["umm", "um", "am"],
        ["al", "el", "ul", "ol"], ["ould", "wuld"],
    ];

    private static readonly FrozenDictionary<string, int> ParticleGroups =
        ParticleSpellings.SelectMany((group, i) => group.Select(p => (p, i))).ToFrozenDictionary(x => x.p, x => x.i + 1, StringComparer.Ordinal);

    /// <summary>True when two particles are spellings of one (<see cref="ParticleSpellings"/>).</summary>
    public static bool SameParticle(string a, string b) =>
        ParticleGroups.TryGetValue(a, out var group) && ParticleGroups.TryGetValue(b, out var other) && group == other;

    /// <summary>Function words of organisation names.</summary>
    public static readonly FrozenSet<string> Stopwords = FrozenSet.ToFrozenSet(
    [
        "the", "of", "and", "for", "in", "on", "at", "to", "by", "a", "an", "y", "e", "et", "und", "i", "v", "im", "fur", "pour",
        "per", "with", "s", "z",
    ], StringComparer.Ordinal);

    /// <summary>Legal forms, written as their canonical token.</summary>
    public static readonly FrozenSet<string> LegalForms = FrozenSet.ToFrozenSet(
    [
        "llc", "ltd", "inc", "corp", "co", "plc", "llp", "lp", "gmbh", "ag", "kg", "ohg", "ug", "ev", "sa", "sas", "sarl", "srl",
        "spa", "sl", "sau", "nv", "bv", "bvba", "vof", "ab", "as", "asa", "oy", "oyj", "aps", "kft", "zrt", "nyrt", "doo", "dd",
        "ad", "ead", "ood", "eood", "sro", "as", "spzoo", "sp", "ooo", "oao", "zao", "pao", "ao", "tov", "pat", "prat", "too",
        "jsc", "ojsc", "cjsc", "pjsc", "ojsc", "fzco", "fze", "fzc", "fzllc", "dmcc", "wll", "pte", "pty", "pvt", "bhd", "sdn", "tbk",
        "pt", "cv", "sade", "sacv", "ltda", "eireli", "mei", "kk", "yk", "gk", "sc", "scs", "snc", "se", "ip", "chp",
        "sti", "ltdsti", "jv", "establishment",
        // Forms the lists write after names of Venezuela (C.A.), Peru (S.A.C., E.I.R.L.), Mexico (S.A.P.I.), Portugal
        // and Angola (LDA), Belgium and the Congo (SPRL) and North Macedonia (DOOEL): read as name words, they weighed
        // as rare words of the name (MATSUNICHI OIL TRAEADEZ 12, C.A. written with K.A. was not found). Not Colombia's
        // CIA., Latvia's SIA or Estonia's OU: words of names too, and as legal forms they left a name of few words
        // nothing to tell it from another (EMMR & CIA. S.A.S. reordered met AMR first, BY TRADE OU nothing).
        "ca", "sac", "eirl", "sapi", "lda", "sprl", "dooel",
    ], StringComparer.Ordinal);

    /// <summary>Multi-word legal forms, mapped to the canonical token (matched on phonetic keys, so transliteration
    /// variants of the Russian forms meet).</summary>
    public static readonly (string Phrase, string Canonical)[] LegalFormPhrases =
    [
        ("limited liability company", "llc"), ("ltd liability company", "llc"), ("limited liability co", "llc"),
        ("limited liability partnership", "llp"), ("liability company", "llc"), ("joint stock", "jsc"), ("limited partnership", "lp"),
        ("public limited company", "plc"), ("joint stock company", "jsc"), ("open joint stock company", "ojsc"),
        ("closed joint stock company", "cjsc"), ("public joint stock company", "pjsc"), ("private joint stock company", "pjsc"),
        ("aktiengesellschaft", "ag"), ("aktiengeselschaft", "ag"), ("gesellschaft mit beschrankter haftung", "gmbh"),
        ("societe anonyme", "sa"), ("sociedad anonima", "sa"), ("societe a responsabilite limitee", "sarl"),
        ("societatea cu raspundere limitata", "srl"), ("societa a responsabilita limitata", "srl"),
        ("sociedad de responsabilidad limitada", "srl"), ("sociedad limitada", "sl"), ("societa per azioni", "spa"),
        ("naamloze vennootschap", "nv"), ("besloten vennootschap", "bv"), ("sp z oo", "spzoo"), ("sp zoo", "spzoo"),
        ("spolka z ograniczona odpowiedzialnoscia", "spzoo"), ("obshchestvo s ogranichennoy otvetstvennostyu", "llc"),
        ("obshchestvo s ogranichennoi otvetstvennostyu", "llc"),
        ("otkrytoe aktsionernoe obshchestvo", "ojsc"), ("zakrytoe aktsionernoe obshchestvo", "cjsc"),
        ("publichnoe aktsionernoe obshchestvo", "pjsc"), ("aktsionernoe obshchestvo", "jsc"),
        ("tovarystvo z obmezhenoyu vidpovidalnistyu", "llc"), ("sa de cv", "sacv"), ("s de rl de cv", "sacv"),
        ("private limited", "ltd"), ("pvt ltd", "ltd"), ("pte ltd", "ltd"), ("pty ltd", "ltd"), ("co ltd", "ltd"),
        ("sdn bhd", "bhd"), ("free zone establishment", "fze"), ("free zone company", "fzco"), ("limited company", "ltd"),
    ];

    /// <summary>Single-word synonyms of legal forms.</summary>
    public static readonly FrozenDictionary<string, string> LegalFormSynonyms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["limited"] = "ltd", ["corporation"] = "corp", ["incorporated"] = "inc", ["company"] = "co", ["est"] = "establishment",
        ["gesmbh"] = "gmbh", ["oao"] = "ojsc", ["zao"] = "cjsc", ["pao"] = "pjsc", ["ao"] = "jsc", ["ooo"] = "llc", ["tov"] = "llc",
        ["ltda"] = "ltd", ["sro"] = "llc", ["doo"] = "llc",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Generic words of organisation names: never alone a match.</summary>
    public static readonly FrozenSet<string> Generic = FrozenSet.ToFrozenSet(
    [
        "trading", "trade", "traders", "group", "groupe", "gruppe", "grupo", "international", "intl", "holding", "holdings",
        "industries", "industry", "industrial", "services", "service", "enterprise", "enterprises", "general", "import",
        "export", "investment", "investments", "development", "management", "global", "solutions", "technology",
        "technologies", "systems", "partners", "capital", "commercial", "shipping", "marine", "petroleum", "energy",
        "construction", "engineering", "manufacturing", "factory", "plant", "office", "agency", "network", "logistics",
        "transport", "finance", "financial", "exchange", "securities", "insurance", "import-export", "products", "national",
        "foundation", "association", "organization", "organisation", "institute", "center", "centre", "company", "firm",
        "bureau", "society", "union", "consulting", "resources", "ventures", "business", "commerce", "corporate", "world",
        "limited", "partnership", "fund", "bank", "vessel", "ship", "airlines", "airline", "aviation", "oil", "gas", "llc",
        "mv", "mt", "ooo", "zavod", "kompaniya", "obshchestvo", "firma", "sirket", "sanayi", "ticaret", "tejarat", "sherkat",
    ], StringComparer.Ordinal);

    /// <summary>Generic words of organisation names written in Arabic script, as the normaliser transliterates them: company
    /// (شركة shrka, Persian شرکت shrkt), establishment (مؤسسة mussa), group (مجموعة mjmwa, Persian گروه grwh), bank (بنك bnk,
    /// مصرف msrf), trade and commercial (تجارة tjara, للتجارة lltjara, التجارية tjarya), international (العالمية aalmya,
    /// الدولية dwlya), industry (صناعة snaa, الصناعية snaaya), limited (المحدودة mhdwda). Read as such only in a name written
    /// in Arabic script: as name words they weighed as rare ones (شركة الصقر met SARAK at 0.642).</summary>
    public static readonly FrozenSet<string> ArabicScriptGeneric = FrozenSet.ToFrozenSet(
    [
        "shrka", "shrkt", "mussa", "mwssa", "mjmwa", "grwh", "bnk", "msrf", "tjara", "lltjara", "tjarya", "aalmya", "dwlya",
        "snaa", "snaaya", "mhdwda",
    ], StringComparer.Ordinal);

    /// <summary>The given names of <see cref="CommonNames"/> (not the surnames: <c>Rivera</c> is no woman's form of a
    /// given name <c>River</c>, but a surname).</summary>
    public static readonly FrozenSet<string> CommonGivenNames = FrozenSet.ToFrozenSet(
    [
        "john", "james", "michael", "david", "robert", "william", "richard", "joseph", "thomas", "charles", "daniel", "paul",
        "mark", "peter", "george", "mary", "maria", "anna", "elizabeth", "sarah", "linda", "susan", "jennifer", "patricia",
        "jose", "juan", "carlos", "luis", "jorge", "pedro", "miguel", "antonio", "manuel", "francisco", "jesus", "ana",
        "ali", "mohammed", "mohammad", "muhammad", "mohamed", "mohamad", "muhammed", "ahmed", "ahmad", "hassan", "hasan",
        "hussein", "husain", "hussain", "abdul", "abdel", "abd", "abdullah", "abdallah", "omar", "umar", "ibrahim", "yusuf",
        "youssef", "mustafa", "mahmoud", "mahmud", "khalid", "khaled", "said", "saeed", "salem", "saleh", "salih", "karim",
        "rahman", "reza", "hossein", "mehdi", "fatima", "aisha", "ivan", "sergey", "sergei", "vladimir",
        "alexander", "aleksandr", "alexandr", "andrey", "andrei", "dmitry", "dmitri", "nikolai", "alexey", "aleksey",
        "oleg", "igor", "yuri", "olga", "elena", "natalia", "tatiana", "irina", "martin",
    ], StringComparer.Ordinal);

    /// <summary>The surnames of <see cref="CommonNames"/> (Chinese, Korean and Vietnamese family names among them).</summary>
    private static readonly string[] CommonSurnames =
    [
        "hosseini", "li", "wang", "zhang", "liu", "chen",
        "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "lin", "kim", "lee", "park",
        "choi", "jung", "kang", "cho", "yoon", "jang", "nguyen", "tran", "le", "pham", "smith", "johnson", "williams",
        "brown", "jones", "miller", "davis", "wilson", "anderson", "taylor", "garcia", "rodriguez", "martinez",
        "hernandez", "lopez", "gonzalez", "perez", "sanchez", "ramirez", "torres", "flores", "rivera", "gomez", "diaz",
        "khan", "singh", "kumar", "patel", "sharma", "shah", "ivanov", "smirnov", "kuznetsov", "popov", "petrov",
        "sokolov", "mueller", "muller", "schmidt", "schneider", "fischer", "weber", "martin", "bernard", "dubois",
        "rossi", "russo", "silva", "santos", "oliveira", "souza", "pereira", "costa", "ferreira", "yilmaz", "kaya",
    ];

    /// <summary>
    /// Given names and surnames common across the populations screened (a customer base, not the lists): a list's
    /// corpus may hold few Johns, but a John is no evidence of identity. Their weight is capped whatever their rarity
    /// in the lists. Spelling variants are covered through the matcher's fuzzy and phonetic comparison.
    /// </summary>
    public static readonly FrozenSet<string> CommonNames = FrozenSet.ToFrozenSet(CommonGivenNames.Concat(CommonSurnames), StringComparer.Ordinal);

    /// <summary>Abbreviations of words of organisation names, written out (after apostrophes and dots are removed).</summary>
    public static readonly FrozenDictionary<string, string> Abbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["intl"] = "international", ["internatl"] = "international", ["natl"] = "national", ["dept"] = "department",
        ["assn"] = "association", ["assoc"] = "association", ["mfg"] = "manufacturing", ["bros"] = "brothers",
        ["univ"] = "university", ["grp"] = "group", ["hldgs"] = "holdings", ["hldg"] = "holding", ["svcs"] = "services",
        ["mgmt"] = "management", ["govt"] = "government", ["ctr"] = "center", ["ctre"] = "centre", ["tech"] = "technology",
        ["invest"] = "investment", ["trdg"] = "trading", ["engg"] = "engineering", ["indus"] = "industries",
        ["ind"] = "industries", ["shpg"] = "shipping", ["inv"] = "investment", ["inst"] = "institute",
        ["svc"] = "services", ["sys"] = "systems", ["mktg"] = "marketing", ["devt"] = "development", ["dvpt"] = "development",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Abbreviations of words of organisation names that are names too (Dev, Eng), written out only in a name with
    /// a legal form or a generic word of its own (<c>148SH LIMITED TRADE DEV</c>, <c>HESCO ENG &amp; CON. CO</c>; not
    /// <c>Kapil Dev</c>, nor <c>DEV SOL</c>, a listed Turkish group).</summary>
    public static readonly FrozenDictionary<string, string> OrganisationAbbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["dev"] = "development", ["eng"] = "engineering",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Legal-form and generic words of organisation names that a name cut short at its end may end with the
    /// beginning of (five letters or more), in the order they are tried.</summary>
    public static readonly string[] CutWords =
    [
        "limited", "company", "corporation", "incorporated", "international", "industries", "enterprises", "holdings",
        "trading", "technologies", "establishment", "investment",
    ];

    /// <summary>English number words and ordinals, with their value.</summary>
    public static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80,
        ["ninety"] = 90, ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6,
        ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["1st"] = 1, ["2nd"] = 2, ["3rd"] = 3, ["4th"] = 4,
        ["5th"] = 5, ["6th"] = 6, ["7th"] = 7, ["8th"] = 8, ["9th"] = 9, ["10th"] = 10,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>For each number a number word is read as (<see cref="NumberWords"/>), in digits: the words spelling it, with
    /// their phonetic keys (<c>3</c>: three, third).</summary>
    public static readonly FrozenDictionary<string, (string Text, string Key)[]> NumberSpellings = NumberWords
        .Where(w => char.IsAsciiLetter(w.Key[0]))
        .GroupBy(w => w.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Select(w => (w.Key, PhoneticKey.Of(w.Key))).ToArray(), StringComparer.Ordinal);

    /// <summary>Roman numerals used as series markers (<c>Fund II</c>).</summary>
    public static readonly FrozenSet<string> RomanNumerals = FrozenSet.ToFrozenSet(
    [
        "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx",
    ], StringComparer.Ordinal);

    /// <summary>Endings of East Slavic and other patronymics (<c>Vladimirovich</c>, <c>Volodymyrovych</c>, <c>-ovna</c>).</summary>
    public static readonly string[] PatronymicEndings =
    [
        "ovich", "evich", "ovych", "evych", "ovitch", "evitch", "owitsch", "ewitsch", "owitsj", "ovitj", "ovics", "ovici",
        "avich", "ovna", "evna", "ivna", "ovic", "evic", "owicz", "ewicz", "ovitx", "iyevich", "yevich", "ogly", "oglu",
        "kyzy", "qizi",
    ];
}
