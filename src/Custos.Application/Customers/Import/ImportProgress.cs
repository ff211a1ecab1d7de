namespace Custos.Application.Customers.Import;

/// <summary>Progress of an import: which phase, which file or table, how many rows so far (and of how many bytes, when reading).</summary>
public readonly record struct ImportProgress(ImportPhase Phase, string Name, long Rows, long Bytes, long TotalBytes);
