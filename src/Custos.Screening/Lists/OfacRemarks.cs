using System.Text.RegularExpressions;

namespace Custos.Screening.Lists;

/// <summary>
/// The facts OFAC writes into an entry's remarks as <c>; </c>-separated phrases: <c>DOB 07 Oct 1952</c>,
/// <c>POB Leningrad, Russia</c>, <c>nationality Russia</c>, <c>citizen Russia</c>, <c>Gender Male</c>,
/// <c>Passport 4005504207 (Russia)</c> and other documents, <c>Digital Currency Address - XBT 1AbC…</c> and quoted
/// weak aliases (<c>a.k.a. 'BNC'</c>). An <c>alt. </c> prefix marks an alternative value and is ignored.
/// </summary>
internal sealed partial class OfacRemarks
{
    /// <summary>Document labels as OFAC writes them, longest first so that a longer label wins.</summary>
    private static readonly (string Label, DocumentKind Kind)[] DocumentLabels = SortedLabels(
    [
        ("Passport", DocumentKind.Passport), ("Diplomatic Passport", DocumentKind.Passport),
        ("Service Passport", DocumentKind.Passport), ("Travel Document Number", DocumentKind.Passport),
        ("National ID No.", DocumentKind.NationalId), ("Cedula No.", DocumentKind.NationalId), ("D.N.I.", DocumentKind.NationalId),
        ("C.U.R.P.", DocumentKind.NationalId), ("Identification Number", DocumentKind.NationalId),
        ("Personal ID Card", DocumentKind.NationalId), ("National Foreign ID Number", DocumentKind.NationalId),
        ("Electoral Registry No.", DocumentKind.NationalId), ("Credencial electoral", DocumentKind.NationalId),
        ("I.F.E.", DocumentKind.NationalId), ("SSN", DocumentKind.NationalId), ("Residency Number", DocumentKind.NationalId),
        ("Driver's License No.", DocumentKind.NationalId), ("Italian Fiscal Code", DocumentKind.NationalId),
        ("Birth Certificate Number", DocumentKind.NationalId), ("Kenyan ID No.", DocumentKind.NationalId),
        ("Stateless Person ID Card", DocumentKind.NationalId), ("Refugee ID Card", DocumentKind.NationalId),
        ("Tax ID No.", DocumentKind.TaxId), ("R.F.C.", DocumentKind.TaxId), ("RFC", DocumentKind.TaxId),
        ("NIT #", DocumentKind.TaxId), ("RUC #", DocumentKind.TaxId), ("RIF #", DocumentKind.TaxId),
        ("V.A.T. Number", DocumentKind.TaxId), ("US FEIN", DocumentKind.TaxId), ("C.U.I.", DocumentKind.TaxId),
        ("C.U.I.T.", DocumentKind.TaxId), ("Registration Number", DocumentKind.Registration),
        ("Registration ID", DocumentKind.Registration), ("Business Registration Number", DocumentKind.Registration),
        ("Commercial Registry Number", DocumentKind.Registration), ("Company Number", DocumentKind.Registration),
        ("UK Company Number", DocumentKind.Registration), ("Government Gazette Number", DocumentKind.Registration),
        ("Legal Entity Number", DocumentKind.Registration), ("Unified Social Credit Code (USCC)", DocumentKind.Registration),
        ("Folio Mercantil No.", DocumentKind.Registration), ("Chamber of Commerce Number", DocumentKind.Registration),
        ("Trade License No.", DocumentKind.Registration), ("Matricula Mercantil No", DocumentKind.Registration),
        ("D-U-N-S Number", DocumentKind.Registration), ("Enterprise Number", DocumentKind.Registration),
        ("Public Registration Number", DocumentKind.Registration), ("Certificate of Incorporation Number", DocumentKind.Registration),
        ("Business Number", DocumentKind.Registration), ("Economic Register Number (CBLS)", DocumentKind.Registration),
        ("C.R. No.", DocumentKind.Registration), ("Central Registration System Number", DocumentKind.Registration),
        ("Business Registration Document #", DocumentKind.Registration), ("Registered Charity No.", DocumentKind.Registration),
        ("Vessel Registration Identification", DocumentKind.Imo), ("Identification Number IMO", DocumentKind.Imo),
        ("Company Number IMO", DocumentKind.Imo), ("MMSI", DocumentKind.Other), ("SWIFT/BIC", DocumentKind.Other),
        ("ISIN", DocumentKind.Other), ("License", DocumentKind.Other), ("Permit Number", DocumentKind.Other),
    ]);

    private readonly List<BirthDate> birthDates = [];
    private readonly List<string> birthPlaces = [];
    private readonly List<string> nationalities = [];
    private readonly List<string> citizenships = [];
    private readonly List<IdentityDocument> documents = [];
    private readonly List<WalletAddress> wallets = [];
    private readonly List<ListName> weakNames = [];

    private OfacRemarks()
    {
    }

    public IReadOnlyList<BirthDate> BirthDates => birthDates;

    public IReadOnlyList<string> BirthPlaces => birthPlaces;

    public IReadOnlyList<string> Nationalities => nationalities;

    public IReadOnlyList<string> Citizenships => citizenships;

    public IReadOnlyList<IdentityDocument> Documents => documents;

    public IReadOnlyList<WalletAddress> Wallets => wallets;

    public IReadOnlyList<ListName> WeakNames => weakNames;

    public string? Gender { get; private set; }

    /// <summary>Parses a remarks text; phrases that carry none of the known facts are left in the text only.</summary>
    public static OfacRemarks Parse(string? remarks)
    {
        var result = new OfacRemarks();
        if (string.IsNullOrWhiteSpace(remarks))
        {
            return result;
        }

        foreach (var raw in remarks.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var phrase = raw.EndsWith('.') && !raw.EndsWith("No.", StringComparison.Ordinal) ? raw[..^1].TrimEnd() : raw;
            if (phrase.StartsWith("alt. ", StringComparison.Ordinal))
            {
                phrase = phrase[5..].TrimStart();
            }

            result.Add(phrase);
        }

        return result;
    }

    private void Add(string phrase)
    {
        if (TryAfter(phrase, "DOB ", out var dob))
        {
            if (BirthDate.Parse(dob) is { } date)
            {
                birthDates.Add(date);
            }

            return;
        }

        if (TryAfter(phrase, "POB ", out var pob))
        {
            birthPlaces.Add(pob);
            return;
        }

        if (TryAfter(phrase, "nationality ", out var nationality))
        {
            nationalities.Add(nationality);
            return;
        }

        if (TryAfter(phrase, "citizen ", out var citizen))
        {
            citizenships.Add(citizen);
            return;
        }

        if (TryAfter(phrase, "Gender ", out var gender))
        {
            Gender = gender;
            return;
        }

        var wallet = WalletPattern().Match(phrase);
        if (wallet.Success)
        {
            wallets.Add(new WalletAddress(wallet.Groups["currency"].Value, wallet.Groups["address"].Value));
            return;
        }

        var alias = AliasPattern().Match(phrase);
        if (alias.Success)
        {
            var kind = alias.Groups["kind"].Value switch
            {
                "f" => NameKind.FormerName,
                "n" => NameKind.NewName,
                _ => NameKind.Alias,
            };
            weakNames.Add(new ListName(alias.Groups["name"].Value.Trim(), kind, NameStrength.Weak));
            return;
        }

        foreach (var (label, kind) in DocumentLabels)
        {
            if (TryAfter(phrase, label + " ", out var rest) && rest.Any(char.IsAsciiDigit))
            {
                var document = DocumentPattern().Match(rest);
                documents.Add(document.Success
                    ? new IdentityDocument(kind, label, document.Groups["number"].Value.Trim(),
                        document.Groups["country"].Success ? document.Groups["country"].Value.Trim() : null,
                        document.Groups["note"].Success ? document.Groups["note"].Value.Trim() : null)
                    : new IdentityDocument(kind, label, rest, null, null));
                return;
            }
        }
    }

    private static bool TryAfter(string phrase, string prefix, out string rest)
    {
        if (phrase.StartsWith(prefix, StringComparison.Ordinal) && phrase.Length > prefix.Length)
        {
            rest = phrase[prefix.Length..].Trim();
            return rest.Length > 0;
        }

        rest = string.Empty;
        return false;
    }

    private static (string, DocumentKind)[] SortedLabels((string Label, DocumentKind Kind)[] labels) =>
        [.. labels.OrderByDescending(l => l.Label.Length).ThenBy(l => l.Label, StringComparer.Ordinal)];

    [GeneratedRegex(@"^Digital Currency Address - (?<currency>[A-Za-z0-9]+) (?<address>\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex WalletPattern();

    [GeneratedRegex(@"^(?<kind>[afn])\.k\.a\.,? '(?<name>.+?)'?$", RegexOptions.CultureInvariant)]
    private static partial Regex AliasPattern();

    [GeneratedRegex(@"^(?<number>.+?)(?: \((?<country>[^()]+)\))?(?: (?<note>(?:[Ii]ssued|[Ee]xpires|[Ee]xp|[Ii]ssue|[Vv]alid).*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentPattern();
}
