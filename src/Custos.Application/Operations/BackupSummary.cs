namespace Custos.Application.Operations;

/// <summary>What <see cref="InstallationBackup"/> wrote.</summary>
/// <param name="Folder">The backup folder (a data folder).</param>
/// <param name="DatabaseIncluded">Whether the database is in it (SQLite); false on PostgreSQL, backed up with its own tools.</param>
/// <param name="Files">How many files of the data folder were copied (keys, notices, …).</param>
/// <param name="LedgerSize">The size of the published log in the backup, or null without the database.</param>
/// <param name="Checkpoint">The signed checkpoint of that log, as published when the snapshot was taken, or null.</param>
public sealed record BackupSummary(string Folder, bool DatabaseIncluded, int Files, long? LedgerSize, string? Checkpoint);
