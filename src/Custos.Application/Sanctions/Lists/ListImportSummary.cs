namespace Custos.Application.Sanctions.Lists;

/// <summary>What an import did.</summary>
/// <param name="Version">The version in force after the import.</param>
/// <param name="AlreadyInForce">True when these very files were the version in force already: nothing changed.</param>
/// <param name="Previous">The version it replaced, when there was one.</param>
/// <param name="Elapsed">How long reading, checking and storing took.</param>
/// <param name="ReadTime">How long reading and checking the files took (the rest is storing them with the event).</param>
public sealed record ListImportSummary(ListVersionInfo Version, bool AlreadyInForce, string? Previous, TimeSpan Elapsed, TimeSpan ReadTime);
