using System.Collections.Frozen;

namespace Custos.Screening.Text;

/// <summary>
/// The forms one given name takes in other languages (<c>Michael</c>, Russian <c>Mikhail</c>, Ukrainian <c>Mykhailo</c>,
/// Spanish <c>Miguel</c>, Polish <c>Michał</c>; <c>Eugene</c> and <c>Yevgeny</c>; <c>Mykola</c>, <c>Mikalai</c> and
/// <c>Nikolai</c>; <c>Elias</c> and <c>Ilyas</c>). A customer record, a register or a press report of one country writes
/// the given name of a person of another in its own language's form, and a list writes it in one form or the other: the
/// lists themselves give one entry its name in Russian and in Ukrainian (<c>KURCHENKO, Sergei</c> / <c>Serhiy</c>,
/// <c>AZAROV, Mykola</c> / <c>Nikolai</c>), in English and in Hebrew (<c>GILBOA, Joseph</c> / <c>Yosef</c>), in French
/// and in Arabic (<c>SAAB, Elias</c> / <c>SA'B, Ilyas</c>).
/// Each group is one name: its forms in English; in Russian, Ukrainian and Belarusian as the lists transliterate them;
/// in the languages of Europe; and, for the names of the Bible and the Quran, in Arabic, Hebrew and Turkish. Only forms
/// that stand for that name alone, written as lists write them most often: the other spellings of a form (Yevgeniy,
/// Evgeniy) meet it through the ordinary token similarity, and where they do not, the spelling of a Russian passport
/// (ICAO: Evgenii, Iakov, Iuliia) is written too. A Russian form the lists write in two spellings about as often
/// (Nikolay 59 times and Nikolai 32 in the lists indexed, Sergey 144 and Sergei 99) is written in both: a name's forms are
/// looked up as written, and a list name that has only the other spelling was not found by the English form. A name whose forms differ by a letter or two (Boris, Roman, Anna) needs
/// no group.
/// </summary>
internal static class GivenNames
{
    private static readonly string[] Groups =
    [
        // Names of the Gospels and the saints, as Russian, Ukrainian, Belarusian and the languages of Europe write them.
        "john ivan juan jean johann johannes giovanni joao janos jovan ioannis yiannis hovhannes yohanan yuhanna",
        "michael mikhail mykhailo mikhas michel miguel michele michal mikael mihail mihaly mihai mikhael mikail mikheil mikayel",
        "peter pyotr petr petro piotr pietro pedro pierre petar petre petros pieter boutros butros bedros",
        "paul pavel pavlo pawel pablo paolo paulo pavle pavlos boulos bulus",
        "joseph iosif osip yosef josef jose giuseppe jozef josip yusuf youssef hovsep",
        "jacob yakov iakov yakiv yaakov jakob jacques jacopo jakub jakov iakovos hakob yaqub",
        "nicholas nikolai nikolay mykola mikalai nicolas nicola nikolaus niklas mikolaj nicolae nikola nikolaos miklos",
        "stephen stepan stefan esteban stefano etienne stephane istvan szczepan stephanos",
        "gregory grigory grigoriy grigorii hryhoriy ryhor gregor gregorio gregoire grzegorz grigor grigol grigorios",
        "george georgy georgiy georgii heorhiy georg jorge giorgio georges jerzy jiri gheorghe giorgi georgios gevorg jirjis",
        "theodore fyodor fedir teodor teodoro theodor theodoros todor",
        "basil vasily vasiliy vasilii vasyl vasil vasile wassili basilio vasileios bazyli",
        "leo lev",
        "simon semyon shimon szymon simeon",
        "matthew matvey matviy mateusz matteo mateo matthias matthieu matias matej",
        "andrew andrey andrei andriy andreas andre andres andrea andrzej andrija andras",
        "alexander aleksandr oleksandr aliaksandr alexandre alejandro alessandro aleksander alexandros iskandar",
        "alexey aleksey aleksei alexei oleksiy aliaksei alexis alessio alexios",
        "dmitry dmitriy dmitri dmytro dzmitry dimitri dimitrios dimitar demetrio",
        "vladimir volodymyr uladzimir wlodzimierz",
        "sergey sergei serhiy siarhei sergio serge sergiu",
        "eugene evgeny evgenii yevgeny yevgeniy yevhen ievgen yauheni eugen eugenio eugeniusz",
        "constantine konstantin kostiantyn kanstantsin constantin costantino konstanty konstantinos",
        "cyril kirill kyrylo kiryl cyrille cirilo cyryl",
        "maxim maksim maksym maxime massimo maximo",
        "timothy timofey tymofiy timoteo tymoteusz",
        "philip filipp pylyp felipe filippo philippe filip philipp filipe",
        "anthony anton antonio antoine antoni antonios",
        "daniel daniil danylo daniele danilo",
        "thomas tomas tomasz tommaso foma tamas",
        "luke luca lucas luka lukasz",
        "mark marc marco marcos marek marko markus",
        "lawrence lorenzo laurent lavrenty",
        "vyacheslav viacheslav viachaslau vaclav waclaw",
        "victor viktor viktar vittorio wiktor",
        "igor ihor ihar",
        "oleg oleh aleh",
        "gennady gennadiy hennadiy henadz",
        "vitaly vitaliy vital",
        "artyom artem artsiom",
        "denis denys dzianis",
        "stanislav stanislaw stanislau stanislas",
        "bogdan bohdan bahdan",

        // Names of the Bible and the Quran, as Arabic, Hebrew and Turkish write them beside the forms of Europe.
        "david davyd davit dawid davide dawud daoud davud",
        "elias elijah ilya illia ilyas ilias eliyahu elie",
        "abraham avraham abram avram ibrahim",
        "isaac isaak yitzhak ishaq ishak",
        "moses moshe musa moussa moise moises moisey",
        "solomon shlomo sulayman suleiman suleyman salomon",
        "aaron aharon harun haroun",
        "ishmael ismail ismael ismayil",
        "gabriel gavriil gavriel gabriele jibril",
        "zachary zacharias zakhar zakariya zaccaria",
        "jonah jonas yunus",

        // Names of Islam as the lists write them in Arabic (the Library of Congress's spelling: Husayn, Ubayd, Rajab), and
        // as Persian, Turkish and the French of the Maghreb write them: far apart as spellings (Hossein / Husayn 0.17,
        // Recep / Rajab 0.10, Cemal / Jamal 0.11 as names beside one surname).
        "husayn hussein hossein hocine huseyin hosein",
        "ubayd obeid ubeyd obaid",
        "rajab recep redjeb",
        "jamal cemal djamel gamal",
        "jafar cafer djafar jaafar",
        "rida ridha reza riza redha",
        "murtada murtaza morteza mortaza",
        "yahya yehia yahia",
        "qasim qassem kassem ghasem kasim",

        // Women's names.
        "mary maria mariya marie maryam miriam mariam",
        "helen helena elena yelena olena alena helene eleni",
        "catherine katherine ekaterina yekaterina kateryna katsiaryna katarzyna caterina catalina katharina",
        "elizabeth elizaveta yelizaveta elisabeth elzbieta elisabetta",
        "sophia sofia sofiya sophie zofia",
        "natalie natalia natalya nataliya natallia nathalie",
        "anne anna ana",
        "olga olha volha",
        "tatiana tetiana tatsiana",
        "galina halyna halina",
        "nadezhda nadiya nadzeya",
        "svetlana svitlana sviatlana",
        "yulia iuliia julia",

        // Names of Western Europe.
        "charles carlos carlo karl karol karel",
        "henry henri enrique enrico heinrich henryk genrikh hendrik",
        "william guillermo wilhelm guillaume guglielmo willem",
        "francis francisco francesco francois franz franciszek frantisek",
        "louis luis luigi ludwig ludovic",
        "edward eduardo edoardo eduard edouard",
    ];

    private static readonly FrozenDictionary<string, string[]> OtherForms = Build(Groups);

    /// <summary>Every given name whose forms in other languages are known (for the comparison, which works out their keys once).</summary>
    internal static IEnumerable<string> Names => OtherForms.Keys;

    /// <summary>The forms of <paramref name="token"/> in other languages, or none when it is none of the names known.</summary>
    /// <param name="token">A lower-case ASCII token.</param>
    public static string[] FormsOf(string token) => OtherForms.TryGetValue(token, out var forms) ? forms : [];

    /// <summary>True when <paramref name="token"/> is a given name whose forms in other languages are known.</summary>
    /// <param name="token">A lower-case ASCII token.</param>
    public static bool Has(string token) => OtherForms.ContainsKey(token);

    private static FrozenDictionary<string, string[]> Build(string[] groups)
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var forms = group.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var form in forms)
            {
                // A form in two groups would join two names: each is in one only (a test holds the table to it).
                map.Add(form, [.. forms.Where(f => !string.Equals(f, form, StringComparison.Ordinal))]);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
