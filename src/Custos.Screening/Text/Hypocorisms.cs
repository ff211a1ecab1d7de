using System.Collections.Frozen;

namespace Custos.Screening.Text;

/// <summary>
/// Pet forms of given names (hypocorisms) and the full names they shorten, in the languages whose names the lists and
/// customer records hold most: English (<c>Ted</c> Edward or Theodore, <c>Bill</c> William), Russian and Ukrainian
/// (<c>Volodya</c> Vladimir, <c>Sasha</c> Aleksandr), German, Spanish, Italian and Hebrew (<c>Bibi</c>, <c>Benny</c>
/// Binyamin), and the short forms of Muhammad written in Malaysia and South Asia (<c>Mohd</c>, <c>Md</c>). A customer
/// record, a payment or a press report often writes the pet form of a name a list writes in full.
/// Only well-established pet forms, each standing for a few full names; a pet form that is also a particle or a title
/// (<c>Ben</c>, <c>Al</c>, <c>Don</c>) is left out. The full names are written as Latin lists write them most often;
/// the comparison meets their other spellings through the ordinary token similarity.
/// </summary>
internal static class Hypocorisms
{
    private static readonly FrozenDictionary<string, string[]> FullNames = Build(
    [
        // English.
        "bill billy will willy liam:william", "bob bobby rob robbie bert:robert", "dick rick ricky rich richie:richard",
        "jim jimmy jamie:james", "jack johnny:john", "mike mikey mick mickey:michael", "tom tommy:thomas",
        "ted teddy:edward theodore", "ed eddie ned:edward edwin edmund", "tony:anthony antonio", "joe joey:joseph",
        "danny:daniel", "dave davey:david", "steve stevie:stephen steven", "chris:christopher christian christine",
        "pat patty:patrick patricia", "kate katie kathy cathy kitty:katherine catherine", "liz lizzie beth betty betsy bess:elizabeth",
        "peggy maggie meg:margaret", "sue susie:susan suzanne", "jenny:jennifer", "alex sandy:alexander alexandra",
        "andy drew:andrew", "nick nicky:nicholas nikolai", "sam sammy:samuel samantha", "benny:benjamin", "charlie chuck:charles",
        "fred freddy:frederick alfred", "hank harry:henry", "larry:lawrence", "jerry:gerald jeremiah", "greg:gregory",
        "matt:matthew", "pete:peter", "phil:philip", "ron ronnie:ronald", "donny:donald", "tim timmy:timothy", "walt:walter",
        "abe:abraham", "nate:nathan nathaniel", "zach:zachary", "vince:vincent", "ray:raymond", "gene:eugene", "ken kenny:kenneth",
        "len lenny:leonard", "stan:stanley", "jeff:jeffrey", "geoff:geoffrey", "becky:rebecca", "debbie:deborah", "vicky:victoria",
        "nancy:ann anne", "polly molly:mary", "sally:sarah", "jessie:jessica",

        // Russian and Ukrainian.
        "sasha sanya shura:aleksandr aleksandra", "volodya vova:vladimir", "dima:dmitry", "misha:mikhail", "kolya:nikolai",
        "seryozha seryoga:sergei", "lyosha alyosha:aleksei", "vanya:ivan", "petya:pyotr", "pasha:pavel", "kostya:konstantin",
        "zhenya:evgeny evgenia", "yura:yuri", "tolya:anatoly", "slava:vyacheslav vladislav yaroslav stanislav", "vitya:viktor",
        "grisha:grigory", "lyonya:leonid", "styopa:stepan", "fedya:fyodor", "borya:boris", "zhora gosha:georgy", "natasha:natalia",
        "masha:maria", "tanya:tatiana", "olya:olga", "katya:ekaterina", "lena:elena", "sveta:svetlana", "ira:irina", "nadya:nadezhda",
        "lyuba:lyubov", "galya:galina", "anya:anna", "dasha:daria", "nastya:anastasia", "yulya:yulia", "valya:valentina valentin",
        "roma:roman", "tyoma:artyom", "igoryok:igor", "arkasha:arkady", "gena:gennady", "vasya:vasily", "lyuda:lyudmila",

        // German, Dutch, Scandinavian.
        "hans hannes jan:johannes", "fritz:friedrich", "sepp seppl:josef", "willi:wilhelm", "heinz:heinrich", "kurt:konrad",
        "klaus:nikolaus", "gretel:margarete", "lotte:charlotte",

        // Spanish, Portuguese, Italian.
        "pepe:jose", "paco pancho curro:francisco", "nacho:ignacio", "lola:dolores", "quique:enrique",
        "lupe:guadalupe", "chucho:jesus", "memo:guillermo", "beto:alberto roberto", "rafa:rafael", "manolo:manuel",
        "fito:adolfo rodolfo", "toni:antonio", "beppe:giuseppe", "gigi:luigi", "pippo:filippo", "sandro:alessandro",

        // Arabic names as written short in Malaysia, Singapore and South Asia.
        "mohd muhd mhd md:muhammad",

        // Hebrew.
        "bibi:benjamin binyamin", "avi:avraham", "moti:mordechai", "yossi:yosef", "dudu:david", "itzik:yitzhak",
        "rafi:rafael", "shuki:yehoshua",
    ]);

    /// <summary>Every pet form known.</summary>
    public static IEnumerable<string> PetForms => FullNames.Keys;

    /// <summary>The full names <paramref name="token"/> is a pet form of, or none.</summary>
    /// <param name="token">A lower-case ASCII token.</param>
    public static string[] FullNamesOf(string token) => FullNames.TryGetValue(token, out var names) ? names : [];

    private static FrozenDictionary<string, string[]> Build(string[] lines)
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var full = line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var pet in line[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!map.TryGetValue(pet, out var list))
                {
                    map[pet] = list = [];
                }

                list.AddRange(full.Where(f => f != pet && !list.Contains(f)));
            }
        }

        return map.Where(kv => kv.Value.Count > 0).ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
