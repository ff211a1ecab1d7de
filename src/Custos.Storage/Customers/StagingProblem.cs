namespace Custos.Storage.Customers;

/// <summary>
/// A staged row that fails a key or reference check: its table, the source line it was staged with, and the values
/// that show the problem (the natural key's columns for a duplicate, the account id for an unknown account).
/// </summary>
public sealed record StagingProblem(string Table, StagingProblemKind Kind, long Line, IReadOnlyList<string> Values);
