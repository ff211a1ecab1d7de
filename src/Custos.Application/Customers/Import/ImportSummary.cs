using Custos.Storage.Customers;

namespace Custos.Application.Customers.Import;

/// <summary>What an import wrote.</summary>
public sealed record ImportSummary(string ImportId, string Source, bool ReplacedAll, CustomerWriteCounts Counts, TimeSpan Elapsed);
