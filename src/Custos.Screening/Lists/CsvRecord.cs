namespace Custos.Screening.Lists;

/// <summary>One row of an OFAC legacy CSV file: its 1-based line and its fields (<c>-0-</c> and empty read as null).</summary>
internal readonly record struct CsvRecord(int Line, string?[] Fields);
