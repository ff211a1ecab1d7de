using System.CommandLine;
using System.Globalization;
using Custos.Application.Operations;
using Custos.Storage;

namespace Custos.Cli.Commands;

/// <summary><c>custos backup --to DIR</c>: a consistent copy of the installation, taken while it serves (docs/backup.md).</summary>
internal static class BackupCommand
{
    public static Command Create()
    {
        var to = new Option<string>("--to") { Description = "A new, empty folder to write the backup to; it is itself a data folder (restore: custos serve --data on a copy of it).", Required = true };
        var command = new Command(
            "backup",
            "Back up the database (SQLite: SQLite's online backup, safe while custos serve runs), the keys and every other file of the data folder, and the ledger's tiles rebuilt from the backed-up database and checked against its signed checkpoint. On PostgreSQL the database is backed up with pg_dump or a base backup (docs/backup.md); this copies the files.")
        {
            to,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse, parse.GetValue(to)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, string to, CancellationToken cancellationToken)
    {
        var options = CommonOptions.HostOptions(parse);
        if (!options.IsSuccess)
        {
            return Output.Fail(options.Errors);
        }

        var database = new CustosDatabase(options.Value.EffectiveDatabase);
        var backup = await InstallationBackup.RunAsync(options.Value.DataDirectory, database, to, cancellationToken);
        if (!backup.IsSuccess)
        {
            return Output.Fail(backup.Errors);
        }

        var summary = backup.Value;
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Backed up to {summary.Folder}: {summary.Files} files of the data folder (keys included)."));
        if (summary.DatabaseIncluded)
        {
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Database: {DatabaseSettings.SqliteFileName}, an online snapshot; its log has {summary.LedgerSize} published entries, tiles rebuilt and checked. Its checkpoint:"));
            Console.Out.Write(summary.Checkpoint);
        }
        else
        {
            Console.Out.WriteLine("Database: PostgreSQL is not copied by this command; back it up with pg_dump or pg_basebackup and the WAL archive (docs/backup.md).");
        }

        return Output.Ok;
    }
}
