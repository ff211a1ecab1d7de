using Custos.Ledger.Notes;

namespace Custos.Application.Transparency.Checking;

/// <summary>Checks a report's signed statement (<c>custos report --statement</c>) against the report file and the log's verifier key.</summary>
public static class ReportStatement
{
    /// <summary>Null when <paramref name="note"/> is signed by <paramref name="key"/> and states exactly the file's period and SHA-256; otherwise what is wrong.</summary>
    public static string? Check(string note, NoteVerifierKey key, ReportFile file)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(file);
        var parsed = SignedNote.Parse(note);
        if (!parsed.IsSuccess)
        {
            return $"the statement is not a signed note: {parsed.Error.Message}";
        }

        if (!parsed.Value.Verify([key]).IsSuccess)
        {
            return $"the statement is not signed by the log's key {key.Name}";
        }

        var expected = TransparencyReports.StatementText(key.Name, file.Period, file.Sha256);
        return string.Equals(parsed.Value.Text, expected, StringComparison.Ordinal)
            ? null
            : $"the statement does not state this report: it says \"{parsed.Value.Text.TrimEnd().Replace('\n', ' ')}\"";
    }
}
