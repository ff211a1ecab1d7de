using System.Globalization;
using System.Text;
using System.Text.Json;
using Custos.Domain.Access;
using Custos.Domain.Common;

namespace Custos.Application.Ledger;

/// <summary>
/// The canonical encoding of a log entry (docs/ledger.md). Version 1 — frozen once released (a change is a new version):
/// <code>
/// custos-event/v1
/// type &lt;id&gt; &lt;name&gt;
/// time &lt;yyyy-MM-ddTHH:mm:ss.fffZ&gt;
/// policy &lt;version or -&gt;
/// actor &lt;opaque&gt;
/// subject &lt;opaque&gt;
/// ref &lt;opaque&gt;        (zero or more, ascending, no repeats)
/// commitment &lt;64 hex&gt;
/// </code>
/// Every line ends with a line feed; opaque identifiers are 32 lower-case hex characters. No personal data can be in
/// an entry: only numbers, the event type's name, a time, a policy version and hashes.
/// <para>
/// Version 2 (<c>custos-event/v2</c>) is version 1 with one more line before the commitment,
/// <c>public &lt;JSON object&gt;</c>: the event's public, non-personal attributes (counts, countries, categories, dates) in
/// compact JSON, printable ASCII. It is used only for events that have such attributes, so that figures such as the
/// transparency report's can be recomputed from the log alone; every other event is still written as version 1.
/// </para>
/// </summary>
public static class LedgerEntryFormat
{
    /// <summary>The first line of a version-1 entry.</summary>
    public const string Header = "custos-event/v1";

    /// <summary>The first line of a version-2 entry (one with a public part).</summary>
    public const string HeaderV2 = "custos-event/v2";

    /// <summary>The longest entry written: entry bundles prefix each entry with a 2-byte length.</summary>
    public const int MaxLength = 65535;

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static byte[] Encode(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Public is { } publicPart && (publicPart.Any(c => c is < ' ' or > '~') || !IsJsonObject(publicPart)))
        {
            throw new ArgumentException("The public part is one JSON object in printable ASCII.", nameof(entry));
        }
        var builder = new StringBuilder(256);
        builder.Append(entry.Public is null ? Header : HeaderV2).Append('\n');
        builder.Append("type ").Append(entry.TypeId.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(entry.TypeName).Append('\n');
        builder.Append("time ").Append(entry.Time.ToUniversalTime().ToString(TimeFormat, CultureInfo.InvariantCulture)).Append('\n');
        builder.Append("policy ").Append(entry.PolicyVersion ?? "-").Append('\n');
        builder.Append("actor ").Append(entry.Actor).Append('\n');
        builder.Append("subject ").Append(entry.Subject).Append('\n');
        foreach (var reference in entry.References.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            builder.Append("ref ").Append(reference).Append('\n');
        }

        if (entry.Public is not null)
        {
            builder.Append("public ").Append(entry.Public).Append('\n');
        }

        builder.Append("commitment ").Append(entry.Commitment).Append('\n');
        return builder.Length <= MaxLength
            ? Encoding.ASCII.GetBytes(builder.ToString())
            : throw new ArgumentException($"The entry is longer than {MaxLength} bytes.", nameof(entry));
    }

    public static Result<LedgerEntry> Parse(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is > 0x7E or (< 0x20 and not (byte)'\n'))
            {
                return Bad("the entry holds bytes outside printable ASCII");
            }
        }

        var text = Encoding.ASCII.GetString(bytes);
        if (!text.EndsWith('\n'))
        {
            return Bad("the entry does not end with a line feed");
        }

        var lines = text[..^1].Split('\n');
        var version2 = lines[0] == HeaderV2;
        if (lines.Length < (version2 ? 8 : 7) || (lines[0] != Header && !version2))
        {
            return Bad($"the entry does not start with '{Header}' or '{HeaderV2}', or is too short");
        }

        var type = Field(lines[1], "type").Split(' ');
        if (type.Length != 2 || !int.TryParse(type[0], NumberStyles.None, CultureInfo.InvariantCulture, out var typeId))
        {
            return Bad("the type line is malformed");
        }

        if (!DateTimeOffset.TryParseExact(Field(lines[2], "time"), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return Bad("the time line is malformed");
        }

        var policy = Field(lines[3], "policy");
        var actor = Field(lines[4], "actor");
        var subject = Field(lines[5], "subject");
        var references = new List<string>();
        var index = 6;
        var last = version2 ? lines.Length - 2 : lines.Length - 1;
        while (index < last)
        {
            references.Add(Field(lines[index], "ref"));
            index++;
        }

        string? publicPart = null;
        if (version2)
        {
            publicPart = Field(lines[index], "public");
            if (!IsJsonObject(publicPart))
            {
                return Bad("the public line is not a JSON object");
            }

            index++;
        }

        var commitment = Field(lines[index], "commitment");
        var entry = new LedgerEntry(typeId, type[1], time, policy == "-" ? null : policy, actor, subject, references, commitment, publicPart);
        return Encode(entry).AsSpan().SequenceEqual(bytes) ? entry : Bad("the entry is not in canonical form");
    }

    /// <summary>Whether <paramref name="json"/> is one JSON object and nothing else.</summary>
    public static bool IsJsonObject(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Field(string line, string name) =>
        line.StartsWith(name + " ", StringComparison.Ordinal) ? line[(name.Length + 1)..] : "\0";

    private static Error Bad(string why) => Error.Invalid("ledger.entry-malformed", "Not a custos-event entry: " + why + ".");
}
