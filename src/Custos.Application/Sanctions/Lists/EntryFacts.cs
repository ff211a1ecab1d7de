using System.Security.Cryptography;
using System.Text;
using Custos.Domain.Common;
using Custos.Screening.Lists;

namespace Custos.Application.Sanctions.Lists;

/// <summary>
/// What of a list entry screening looks at, as a fingerprint (has the entry's data changed?) and as text for the
/// reviewer. Names, kind, dates of birth, nationalities, citizenships and wallet addresses: a change to any of them
/// can change a hit, so a dismissed hit is raised again when one changes.
/// </summary>
public static class EntryFacts
{
    /// <summary>The SHA-256 (hexadecimal) of the entry's screened facts.</summary>
    /// <param name="entry">The entry.</param>
    public static string Fingerprint(ListEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = new StringBuilder();
        text.Append(entry.ListId).Append('\u001e').Append(entry.SourceId).Append('\u001e').Append(KebabCase.Format(entry.Kind));
        Section(text, entry.Names.Select(n => n.Text + "|" + KebabCase.Format(n.Kind) + "|" + KebabCase.Format(n.Strength)));
        Section(text, entry.BirthDates.Select(d => d.Text));
        Section(text, entry.Nationalities);
        Section(text, entry.Citizenships);
        Section(text, entry.Wallets.Select(w => w.Currency + " " + w.Address));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>SHA-256 over every entry's fingerprint in source-id order: two versions with equal keys screen alike.</summary>
    /// <param name="snapshot">The list version.</param>
    public static string ContentKey(ListSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var lines = new string[snapshot.Entries.Count];
        Parallel.For(0, lines.Length, i => lines[i] = snapshot.Entries[i].SourceId + " " + Fingerprint(snapshot.Entries[i]));
        Array.Sort(lines, StringComparer.Ordinal);
        var text = new StringBuilder(snapshot.ListId).Append('\n');
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The entry's screened facts besides its names, as a line for the reviewer.</summary>
    /// <param name="entry">The entry.</param>
    public static string Describe(ListEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var parts = new List<string>();
        if (entry.BirthDates.Count > 0)
        {
            parts.Add("born " + string.Join(" or ", entry.BirthDates.Select(d => d.Text)));
        }

        if (entry.BirthPlaces.Count > 0)
        {
            parts.Add("in " + string.Join(" or ", entry.BirthPlaces));
        }

        if (entry.Nationalities.Count > 0)
        {
            parts.Add("nationality " + string.Join(", ", entry.Nationalities));
        }

        if (entry.Citizenships.Count > 0)
        {
            parts.Add("citizen of " + string.Join(", ", entry.Citizenships));
        }

        if (entry.Names.Count > 1)
        {
            parts.Add("also known as " + string.Join("; ", entry.Names.Skip(1).Take(12).Select(n => n.Text)) + (entry.Names.Count > 13 ? " …" : string.Empty));
        }

        return parts.Count == 0 ? "no date of birth, place or nationality listed" : string.Join("; ", parts);
    }

    private static void Section(StringBuilder text, IEnumerable<string> values)
    {
        text.Append('\u001e');
        foreach (var value in values.Order(StringComparer.Ordinal))
        {
            text.Append(value).Append('\u001f');
        }
    }
}
