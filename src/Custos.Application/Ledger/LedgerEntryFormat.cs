using System.Globalization;
using System.Text;
using Custos.Domain.Access;
using Custos.Domain.Common;

namespace Custos.Application.Ledger;

/// <summary>
/// The canonical encoding of a log entry, version 1 — frozen once released (a change is a new version):
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
/// </summary>
public static class LedgerEntryFormat
{
    public const string Header = "custos-event/v1";

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static byte[] Encode(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var builder = new StringBuilder(256);
        builder.Append(Header).Append('\n');
        builder.Append("type ").Append(entry.TypeId.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(entry.TypeName).Append('\n');
        builder.Append("time ").Append(entry.Time.ToUniversalTime().ToString(TimeFormat, CultureInfo.InvariantCulture)).Append('\n');
        builder.Append("policy ").Append(entry.PolicyVersion ?? "-").Append('\n');
        builder.Append("actor ").Append(entry.Actor).Append('\n');
        builder.Append("subject ").Append(entry.Subject).Append('\n');
        foreach (var reference in entry.References.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            builder.Append("ref ").Append(reference).Append('\n');
        }

        builder.Append("commitment ").Append(entry.Commitment).Append('\n');
        return Encoding.ASCII.GetBytes(builder.ToString());
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
        if (lines.Length < 7 || lines[0] != Header)
        {
            return Bad($"the entry does not start with '{Header}' or is too short");
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
        while (index < lines.Length - 1)
        {
            references.Add(Field(lines[index], "ref"));
            index++;
        }

        var commitment = Field(lines[index], "commitment");
        var entry = new LedgerEntry(typeId, type[1], time, policy == "-" ? null : policy, actor, subject, references, commitment);
        return Encode(entry).AsSpan().SequenceEqual(bytes) ? entry : Bad("the entry is not in canonical form");
    }

    private static string Field(string line, string name) =>
        line.StartsWith(name + " ", StringComparison.Ordinal) ? line[(name.Length + 1)..] : "\0";

    private static Error Bad(string why) => Error.Invalid("ledger.entry-malformed", "Not a custos-event/v1 entry: " + why + ".");
}
