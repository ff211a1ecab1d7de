namespace Custos.Application.Transparency.Checking;

/// <summary>A figure of a report that the log does not give: its path (<c>countries[DE].figures.requests</c>) and both values (null where one side has none).</summary>
public sealed record FigureDifference(string Path, string? Report, string? Ledger)
{
    public override string ToString() => $"{Path}: report {Report ?? "(none)"}, ledger {Ledger ?? "(none)"}";
}
