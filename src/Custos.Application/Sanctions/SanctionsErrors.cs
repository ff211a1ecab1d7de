using Custos.Domain.Common;
using Custos.Screening;

namespace Custos.Application.Sanctions;

/// <summary>The expected failures of importing lists, screening, and deciding alerts.</summary>
public static class SanctionsErrors
{
    public static Error NoFiles() => Error.Invalid("sanctions.no-files", "Give the files of one list (sdn.csv with alt.csv, add.csv, sdn_comments.csv; cons_*.csv; or the UN XML).", "files");

    public static Error FileNotFound(string path) => Error.NotFound("sanctions.file-not-found", $"The file '{path}' does not exist.");

    /// <summary>The reader refused a file: its stable code (<c>list.malformed-row</c> …), the file, the line and why.</summary>
    public static Error Refused(ListReadError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Error.Invalid(error.Code, error.ToString(), error.File);
    }

    public static Error NoListsInForce() => Error.Conflict(
        "sanctions.no-lists", "No sanctions list is in force: import one first with 'custos sanctions import FILES…'.");

    /// <summary>A stored list version no longer reads or no longer has its bytes (the database was altered, or a reader changed).</summary>
    public static Error StoredListUnreadable(string listId, string versionId, string why) => Error.Conflict(
        "sanctions.stored-list-unreadable", $"The version {versionId} of {listId} in force cannot be read back: {why}. Import the list again.");

    public static Error AlertNotFound(string id) => Error.NotFound("sanctions.alert-not-found", $"There is no sanctions alert '{id}'.");

    public static Error AlertStale() => Error.Conflict("sanctions.alert-stale", "Someone decided this alert at the same moment; reload it.");

    public static Error CsvMissingColumn(string file, string column, string expected) => Error.Invalid(
        "sanctions.csv-missing-column", $"{file}: line 1: the header has no column '{column}' (expected {expected}).", column);

    public static Error CsvRow(string file, long line, string field, string message) => Error.Invalid(
        "sanctions.csv-invalid-row", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{file}: line {line}: {field}: {message}"), field);

    public static Error CsvMalformed(string file, long line, string message) => Error.Invalid(
        "sanctions.csv-malformed", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{file}: line {line}: {message}"));

    public static Error InvalidOption(string option, string message) => Error.Invalid("sanctions.option-invalid", message, option);
}
