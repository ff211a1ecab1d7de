namespace Custos.Application.Demo;

/// <summary>How the native-script full name is put together.</summary>
internal enum NativeNameOrder
{
    /// <summary>No native name: the Latin form is the name (German, French, Turkish, …).</summary>
    None,
    /// <summary>Family name, given name, patronymic, as in Russian, Ukrainian and Belarusian documents.</summary>
    FamilyGivenPatronymic,
    /// <summary>Given name then family name, separated by a space (Arabic, Hindi, Greek).</summary>
    GivenFamily,
    /// <summary>Family name then given name without a space (Chinese, Japanese, Korean).</summary>
    FamilyGivenJoined,
}

/// <summary>A name in Latin script and, where the culture writes it otherwise, in its own script.</summary>
internal readonly record struct DemoName(string Latin, string? Native);

/// <summary>A family name with its male and female forms (the same for most cultures).</summary>
internal readonly record struct DemoFamilyName(DemoName Male, DemoName Female);

/// <summary>The names of one culture. Lists are written compactly: <c>Latin|Native</c>, comma separated; family names
/// <c>LatinMale|NativeMale|LatinFemale|NativeFemale</c> where the forms differ (native parts may be empty).</summary>
internal sealed class DemoCulture
{
    public DemoCulture(string key, string nationality, NativeNameOrder order, string male, string female, string families,
        string? patronymics = null)
    {
        Key = key;
        Nationality = nationality;
        Order = order;
        Male = ParseNames(male);
        Female = ParseNames(female);
        Families = families.Split(',').Select(ParseFamily).ToArray();
        Patronymics = patronymics?.Split(',').Select(ParseFamily).ToArray() ?? [];
    }

    public string Key { get; }

    public string Nationality { get; }

    public NativeNameOrder Order { get; }

    public DemoName[] Male { get; }

    public DemoName[] Female { get; }

    public DemoFamilyName[] Families { get; }

    public DemoFamilyName[] Patronymics { get; }

    private static DemoName[] ParseNames(string list) => list.Split(',').Select(ParseName).ToArray();

    private static DemoName ParseName(string item)
    {
        var parts = item.Split('|');
        return new DemoName(parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null);
    }

    private static DemoFamilyName ParseFamily(string item)
    {
        var parts = item.Split('|');
        return parts.Length >= 4
            ? new(ParseName(parts[0] + "|" + parts[1]), ParseName(parts[2] + "|" + parts[3]))
            : new(ParseName(item), ParseName(item));
    }
}
