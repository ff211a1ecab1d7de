using System.Globalization;

namespace Custos.Screening.Lists;

/// <summary>
/// Joins the files of one OFAC list (SDN: <c>sdn</c>, <c>alt</c>, <c>add</c>, <c>sdn_comments</c>; consolidated:
/// <c>cons_prim</c>, <c>cons_alt</c>, <c>cons_add</c>, <c>cons_comments</c>) into entries by <c>ent_num</c>.
/// </summary>
/// <remarks>
/// Rows of the alias, address and comment files whose <c>ent_num</c> is not in the primary file (orphans, as when
/// an alias file of one date is read with the primary file of another) are left out and counted in the snapshot's
/// notes: without its primary record such a row has no type, programme or primary name to screen against, and the
/// primary file defines which entries the version holds. A comment row continues a remark that fills the legacy
/// 1,000-character field; a comment for an entry whose remark is shorter belongs to another version of the entry
/// and is set aside the same way rather than appended to unrelated text.
/// </remarks>
internal static class OfacListReader
{
    /// <summary>The width of the legacy Remarks field; longer remarks continue in the comments file.</summary>
    public const int RemarksFieldWidth = 1000;

    private const int OrphansListed = 20;

    public static Result<List<ListEntry>> Join(string listId, IReadOnlyList<ParsedFile> files, List<string> notes)
    {
        var primary = files.Single(f => f.Role == FileRole.OfacPrimary);
        var builders = new Dictionary<int, EntryBuilder>();
        var order = new List<int>();
        foreach (var record in primary.Records)
        {
            var f = record.Fields;
            if (!TryEntNum(primary, record, out var entNum, out var error))
            {
                return Result<List<ListEntry>>.Failure(error);
            }

            if (f[1] is null)
            {
                return Fail(primary, record.Line, "the name (column 2) is empty");
            }

            var kind = f[2]?.ToLowerInvariant() switch
            {
                null => EntityKind.Organization,
                "individual" => EntityKind.Person,
                "vessel" => EntityKind.Vessel,
                "aircraft" => EntityKind.Aircraft,
                _ => (EntityKind?)null,
            };
            if (kind is null)
            {
                return Fail(primary, record.Line, "unknown entity type '" + f[2] + "' (column 3)");
            }

            if (builders.ContainsKey(entNum))
            {
                return Result<List<ListEntry>>.Failure(new ListReadError(ListReadErrorCodes.DuplicateEntry, primary.File.Name,
                    record.Line, "ent_num " + entNum.ToString(CultureInfo.InvariantCulture) + " appears twice"));
            }

            builders[entNum] = new EntryBuilder(entNum, f[1]!, kind.Value, f);
            order.Add(entNum);
        }

        foreach (var file in files.Where(f => f.Role != FileRole.OfacPrimary))
        {
            var orphans = new SortedSet<int>();
            var orphanRows = 0;
            var setAside = new SortedSet<int>();
            foreach (var record in file.Records)
            {
                if (!TryEntNum(file, record, out var entNum, out var error))
                {
                    return Result<List<ListEntry>>.Failure(error);
                }

                var check = Validate(file, record);
                if (check is not null)
                {
                    return Result<List<ListEntry>>.Failure(check);
                }

                if (!builders.TryGetValue(entNum, out var builder))
                {
                    orphans.Add(entNum);
                    orphanRows++;
                    continue;
                }

                if (!builder.Add(file.Role, record.Fields))
                {
                    setAside.Add(entNum);
                }
            }

            if (orphanRows > 0)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{file.File.Name}: {orphanRows} rows for {orphans.Count} ent_num not in {primary.File.Name} left out (orphans): {Describe(orphans)}"));
            }

            if (setAside.Count > 0)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{file.File.Name}: {setAside.Count} remark continuations left out because the entry's remark in {primary.File.Name} is complete (another version of the entry): {Describe(setAside)}"));
            }
        }

        return Result<List<ListEntry>>.Success([.. order.Select(n => builders[n].Build(listId))]);
    }

    private static ListReadError? Validate(ParsedFile file, CsvRecord record)
    {
        var f = record.Fields;
        switch (file.Role)
        {
            case FileRole.OfacAliases:
                if (!int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    return Error(file, record.Line, "alt_num (column 2) is not a number: '" + f[1] + "'");
                }

                if (f[2] is not { } type || !(type.Equals("aka", StringComparison.OrdinalIgnoreCase)
                    || type.Equals("fka", StringComparison.OrdinalIgnoreCase) || type.Equals("nka", StringComparison.OrdinalIgnoreCase)))
                {
                    return Error(file, record.Line, "alt_type (column 3) is not aka, fka or nka: '" + f[2] + "'");
                }

                return f[3] is null ? Error(file, record.Line, "alt_name (column 4) is empty") : null;
            case FileRole.OfacAddresses:
                return int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out _)
                    ? null
                    : Error(file, record.Line, "add_num (column 2) is not a number: '" + f[1] + "'");
            default:
                return null;
        }
    }

    private static bool TryEntNum(ParsedFile file, CsvRecord record, out int entNum, out ListReadError error)
    {
        error = null!;
        if (int.TryParse(record.Fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out entNum) && entNum > 0)
        {
            return true;
        }

        error = Error(file, record.Line, "ent_num (column 1) is not a positive number: '" + record.Fields[0] + "'");
        return false;
    }

    private static string Describe(SortedSet<int> ids) =>
        string.Join(", ", ids.Take(OrphansListed).Select(i => i.ToString(CultureInfo.InvariantCulture)))
        + (ids.Count > OrphansListed ? ", …" : string.Empty);

    private static ListReadError Error(ParsedFile file, int line, string reason) =>
        new(ListReadErrorCodes.MalformedRow, file.File.Name, line, reason);

    private static Result<List<ListEntry>> Fail(ParsedFile file, int line, string reason) =>
        Result<List<ListEntry>>.Failure(Error(file, line, reason));

    private sealed class EntryBuilder(int entNum, string name, EntityKind kind, string?[] primary)
    {
        private readonly List<ListName> aliases = [];
        private readonly List<PostalAddress> addresses = [];
        private string? remarks = primary[11];

        public bool Add(FileRole role, string?[] f)
        {
            switch (role)
            {
                case FileRole.OfacAliases:
                    var nameKind = f[2]!.ToLowerInvariant() switch
                    {
                        "fka" => NameKind.FormerName,
                        "nka" => NameKind.NewName,
                        _ => NameKind.Alias,
                    };
                    aliases.Add(new ListName(f[3]!, nameKind, NameStrength.Strong));
                    return true;
                case FileRole.OfacAddresses:
                    if (f[2] is not null || f[3] is not null || f[4] is not null || f[5] is not null)
                    {
                        addresses.Add(new PostalAddress(f[2], f[3], null, null, f[4], f[5]));
                    }

                    return true;
                case FileRole.OfacComments:
                    if (remarks is null || remarks.Length < RemarksFieldWidth || f[1] is null)
                    {
                        return false;
                    }

                    remarks += f[1];
                    return true;
                default:
                    return true;
            }
        }

        public ListEntry Build(string listId)
        {
            var parsed = OfacRemarks.Parse(remarks);
            var names = new List<ListName>(1 + aliases.Count + parsed.WeakNames.Count) { new(name, NameKind.Primary, NameStrength.Strong) };
            names.AddRange(aliases);
            names.AddRange(parsed.WeakNames);
            var documents = parsed.Documents.ToList();
            if (kind == EntityKind.Vessel && primary[5] is { } callSign)
            {
                documents.Add(new IdentityDocument(DocumentKind.Other, "Call Sign", callSign, null, null));
            }

            var nationalities = parsed.Nationalities.ToList();
            if (kind == EntityKind.Vessel && primary[9] is { } flag)
            {
                nationalities.Add(flag);
            }

            return new ListEntry
            {
                ListId = listId,
                SourceId = entNum.ToString(CultureInfo.InvariantCulture),
                Kind = kind,
                Names = names,
                Programs = primary[3] is { } programs
                    ? programs.Split(["] [", "]", "["], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    : [],
                Titles = primary[4] is { } title ? [title] : [],
                BirthDates = parsed.BirthDates,
                BirthPlaces = parsed.BirthPlaces,
                Nationalities = nationalities,
                Citizenships = parsed.Citizenships,
                Documents = documents,
                Addresses = addresses,
                Wallets = parsed.Wallets,
                Gender = parsed.Gender,
                Remarks = remarks,
            };
        }
    }
}
