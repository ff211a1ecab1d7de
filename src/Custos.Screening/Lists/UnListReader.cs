using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Custos.Screening.Lists;

/// <summary>
/// Reads the UN Security Council consolidated list XML (root <c>CONSOLIDATED_LIST</c> holding <c>INDIVIDUALS</c> and
/// <c>ENTITIES</c>). Names are <c>FIRST_NAME</c> to <c>FOURTH_NAME</c> in order; aliases of <c>Good</c> quality and
/// <c>a.k.a.</c> are strong, <c>Low</c> quality weak, <c>f.k.a.</c> former names; <c>NAME_ORIGINAL_SCRIPT</c> is kept
/// as an original-script name.
/// </summary>
internal static class UnListReader
{
    private static readonly string[] NameElements = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"];

    public static Result<(List<ListEntry> Entries, DateTimeOffset? GeneratedAt)> Read(ListFile file, XDocument document)
    {
        var root = document.Root!;
        DateTimeOffset? generatedAt = DateTimeOffset.TryParse((string?)root.Attribute("dateGenerated"), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var generated) ? generated : null;
        var entries = new List<ListEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in root.Elements("INDIVIDUALS").Elements("INDIVIDUAL").Concat(root.Elements("ENTITIES").Elements("ENTITY")))
        {
            var person = element.Name.LocalName == "INDIVIDUAL";
            var reference = Text(element.Element("REFERENCE_NUMBER"));
            var nameParts = NameElements
                .Select(n => Text(element.Element(n))).Where(t => t is not null).ToList();
            if (reference is null)
            {
                return Fail(file, element, "an " + element.Name.LocalName + " has no REFERENCE_NUMBER");
            }

            if (nameParts.Count == 0)
            {
                return Fail(file, element, "the " + element.Name.LocalName + " " + reference + " has no FIRST_NAME");
            }

            if (!seen.Add(reference))
            {
                var line = ((IXmlLineInfo)element).HasLineInfo() ? ((IXmlLineInfo)element).LineNumber : (int?)null;
                return Result<(List<ListEntry>, DateTimeOffset?)>.Failure(new ListReadError(ListReadErrorCodes.DuplicateEntry,
                    file.Name, line, "the reference number " + reference + " appears twice"));
            }

            entries.Add(Entry(element, person, reference, string.Join(' ', nameParts)));
        }

        return entries.Count == 0
            ? Result<(List<ListEntry>, DateTimeOffset?)>.Failure(new ListReadError(ListReadErrorCodes.Empty, file.Name, null,
                "the list holds no INDIVIDUAL or ENTITY"))
            : Result<(List<ListEntry>, DateTimeOffset?)>.Success((entries, generatedAt));
    }

    private static ListEntry Entry(XElement element, bool person, string reference, string primaryName)
    {
        var prefix = person ? "INDIVIDUAL_" : "ENTITY_";
        var names = new List<ListName> { new(primaryName, NameKind.Primary, NameStrength.Strong) };
        foreach (var alias in element.Elements(prefix + "ALIAS"))
        {
            if (Text(alias.Element("ALIAS_NAME")) is not { } aliasName)
            {
                continue;
            }

            var quality = Text(alias.Element("QUALITY"));
            names.Add(quality switch
            {
                "Low" => new ListName(aliasName, NameKind.Alias, NameStrength.Weak),
                "f.k.a." => new ListName(aliasName, NameKind.FormerName, NameStrength.Strong),
                _ => new ListName(aliasName, NameKind.Alias, NameStrength.Strong),
            });
        }

        if (Text(element.Element("NAME_ORIGINAL_SCRIPT")) is { } original)
        {
            names.Add(new ListName(original, NameKind.OriginalScript, NameStrength.Strong));
        }

        var birthDates = new List<BirthDate>();
        foreach (var dob in element.Elements("INDIVIDUAL_DATE_OF_BIRTH"))
        {
            if (BirthDateOf(dob) is { } date)
            {
                birthDates.Add(date);
            }
        }

        return new ListEntry
        {
            ListId = ListIds.UnSecurityCouncil,
            SourceId = reference,
            Kind = person ? EntityKind.Person : EntityKind.Organization,
            Names = names,
            Programs = Text(element.Element("UN_LIST_TYPE")) is { } program ? [program] : [],
            Titles = [.. Values(element, "TITLE"), .. Values(element, "DESIGNATION")],
            BirthDates = birthDates,
            BirthPlaces = [.. element.Elements("INDIVIDUAL_PLACE_OF_BIRTH")
                .Select(p => Join(Text(p.Element("CITY")), Text(p.Element("STATE_PROVINCE")), Text(p.Element("COUNTRY"))))
                .Where(p => p is not null).Select(p => p!)],
            Nationalities = Values(element, "NATIONALITY"),
            Documents = [.. element.Elements("INDIVIDUAL_DOCUMENT").Select(Document).Where(d => d is not null).Select(d => d!)],
            Addresses = [.. element.Elements(prefix + "ADDRESS").Select(a => new PostalAddress(Text(a.Element("STREET")),
                    Text(a.Element("CITY")), Text(a.Element("STATE_PROVINCE")), Text(a.Element("ZIP_CODE")), Text(a.Element("COUNTRY")),
                    Text(a.Element("NOTE"))))
                .Where(a => a.Street is not null || a.City is not null || a.Region is not null || a.Country is not null)],
            Gender = Text(element.Element("GENDER")),
            Remarks = Text(element.Element("COMMENTS1")),
        };
    }

    private static BirthDate? BirthDateOf(XElement dob)
    {
        var type = Text(dob.Element("TYPE_OF_DATE"));
        var exact = BirthDate.Parse(Text(dob.Element("DATE")));
        var year = Text(dob.Element("YEAR"));
        var from = BirthDate.Parse(Text(dob.Element("FROM_YEAR")));
        var to = BirthDate.Parse(Text(dob.Element("TO_YEAR")));
        if (from is not null && to is not null)
        {
            return BirthDate.Between(from, to);
        }

        var approximate = string.Equals(type, "APPROXIMATELY", StringComparison.Ordinal);
        if (exact is not null)
        {
            return approximate ? BirthDate.Parse("circa " + exact.Text) : exact;
        }

        return year is null ? null : BirthDate.Parse((approximate ? "circa " : string.Empty) + year);
    }

    private static IdentityDocument? Document(XElement document)
    {
        var type = Text(document.Element("TYPE_OF_DOCUMENT"));
        var number = Text(document.Element("NUMBER"));
        var note = Text(document.Element("NOTE"));
        if (type is null && number is null)
        {
            return null;
        }

        var label = type is null ? "Document" : string.Join(' ', type.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var kind = label.Contains("pass", StringComparison.OrdinalIgnoreCase) ? DocumentKind.Passport
            : label.Contains("Identification", StringComparison.OrdinalIgnoreCase) ? DocumentKind.NationalId
            : DocumentKind.Other;
        var country = Text(document.Element("ISSUING_COUNTRY")) ?? Text(document.Element("COUNTRY_OF_ISSUE"));
        var issued = Text(document.Element("DATE_OF_ISSUE"));
        var fullNote = Join(issued is null ? null : "issued " + issued, note);
        return new IdentityDocument(kind, label, number ?? note ?? string.Empty, country, number is null ? null : fullNote);
    }

    private static List<string> Values(XElement element, string name) =>
        [.. element.Elements(name).Elements("VALUE").Select(Text).Where(v => v is not null).Select(v => v!)];

    private static string? Join(params string?[] parts)
    {
        var present = parts.Where(p => p is not null).ToArray();
        return present.Length == 0 ? null : string.Join(", ", present);
    }

    private static string? Text(XElement? element)
    {
        var value = element?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static Result<(List<ListEntry>, DateTimeOffset?)> Fail(ListFile file, XElement element, string reason)
    {
        var info = (IXmlLineInfo)element;
        return Result<(List<ListEntry>, DateTimeOffset?)>.Failure(new ListReadError(ListReadErrorCodes.MalformedXml, file.Name,
            info.HasLineInfo() ? info.LineNumber : null, reason));
    }
}
