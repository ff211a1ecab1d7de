using Custos.Storage;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Common;

/// <summary>
/// Who an actor id is, in words for the console: a member of staff by their display name, an officer by name and
/// agency, an agency's API key by its name and agency, Custos itself, the command line.
/// </summary>
public sealed class ActorNames(CustosDbContext db)
{
    /// <summary>The display names of <paramref name="actorIds"/> (an id that resolves to nothing is shown as it is).</summary>
    public async Task<IReadOnlyDictionary<string, string>> ResolveAsync(IEnumerable<string> actorIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        var ids = actorIds.Distinct(StringComparer.Ordinal).ToList();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var staff = Suffixes(ids, "staff:");
        var officers = Suffixes(ids, "officer:");
        var keys = Suffixes(ids, "apikey:");
        // Each kind of actor is looked up only when there is one to name: a page pays for the round trips it needs.
        var users = staff.Count == 0 ? [] : await db.StaffUsers.AsNoTracking().Where(u => staff.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Username }).ToListAsync(cancellationToken);
        foreach (var user in users)
        {
            names["staff:" + user.Id] = $"{user.DisplayName} ({user.Username})";
        }

        var officerRows = officers.Count == 0 ? [] : await db.Officers.AsNoTracking().Where(o => officers.Contains(o.Id))
            .Join(db.Agencies.AsNoTracking(), o => o.AgencyId, a => a.Id, (o, a) => new { o.Id, o.Name, Agency = a.Name })
            .ToListAsync(cancellationToken);
        foreach (var officer in officerRows)
        {
            names["officer:" + officer.Id] = $"{officer.Name}, {officer.Agency}";
        }

        var keyRows = keys.Count == 0 ? [] : await db.ApiKeys.AsNoTracking().Where(k => keys.Contains(k.Id))
            .GroupJoin(db.Agencies.AsNoTracking(), k => k.AgencyId, a => a.Id, (k, a) => new { k, a })
            .SelectMany(x => x.a.DefaultIfEmpty(), (x, a) => new { x.k.Id, x.k.Name, Agency = a == null ? null : a.Name })
            .ToListAsync(cancellationToken);
        foreach (var key in keyRows)
        {
            names["apikey:" + key.Id] = key.Agency is null ? $"API key “{key.Name}”" : $"API key “{key.Name}” of {key.Agency}";
        }

        foreach (var id in ids)
        {
            names.TryAdd(id, id switch
            {
                "system" => "Custos",
                "cli" => "the operator (command line)",
                "anonymous" => "nobody signed in",
                _ => id,
            });
        }

        return names;
    }

    private static List<string> Suffixes(IEnumerable<string> ids, string prefix) =>
        ids.Where(i => i.StartsWith(prefix, StringComparison.Ordinal)).Select(i => i[prefix.Length..]).ToList();
}
