using Custos.Storage.Customers;

namespace Custos.Application.Customers.Import;

/// <summary>What an import wrote.</summary>
public sealed record ImportSummary(string ImportId, string Source, bool ReplacedAll, CustomerWriteCounts Counts, TimeSpan Elapsed)
{
    /// <summary>Whether the rows went straight into the real tables (<see cref="CustomerStaging.DirectLoad"/>).</summary>
    public bool DirectLoad { get; init; }

    /// <summary>How long each phase took, in order (for operators sizing an import; see docs/customer-data.md).</summary>
    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> Phases { get; init; } = [];
}
