namespace Custos.Application.Production;

/// <summary>One field of a produced record: its JSON property name and its CSV header.</summary>
/// <param name="JsonName">camelCase, as in the customer data files' JSON form.</param>
/// <param name="CsvName">snake_case, as in their CSV form.</param>
public sealed record ProductionColumn(string JsonName, string CsvName);
