namespace Custos.Screening.Lists;

/// <summary>
/// One version of one list as read from its files: the entries, the files with their SHA-256, and notes on what
/// the reader set aside (such as aliases whose entry is absent). Immutable.
/// </summary>
public sealed class ListSnapshot
{
    /// <summary>The list (one of <see cref="ListIds"/>).</summary>
    public required string ListId { get; init; }

    /// <summary>
    /// A stable identity of this version: the SHA-256 (hexadecimal) over the list identifier and the roles and
    /// SHA-256 of the files read, sorted; the same files give the same version whatever their order or names.
    /// </summary>
    public required string Version { get; init; }

    /// <summary>When the publisher generated the list, where the file says so (UN <c>dateGenerated</c>).</summary>
    public DateTimeOffset? GeneratedAt { get; init; }

    /// <summary>The files read, in the order given.</summary>
    public required IReadOnlyList<SourceFile> Files { get; init; }

    /// <summary>The entries, in the order of the primary file.</summary>
    public required IReadOnlyList<ListEntry> Entries { get; init; }

    /// <summary>What the reader set aside or joined across files, in words (orphan aliases, unmatched comments …).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary><c>ListId@Version</c> with the version shortened to 16 hexadecimal digits, for logs and displays.</summary>
    public string Label => ListId + "@" + Version[..16];

    /// <inheritdoc />
    public override string ToString() => Label + " (" + Entries.Count + " entries)";
}
