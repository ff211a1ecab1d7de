namespace Custos.Application.Restrictions;

/// <summary>What a price import did.</summary>
/// <param name="Rows">Prices imported (new or replacing the price of the same asset and day).</param>
/// <param name="Assets">The assets priced.</param>
/// <param name="From">The earliest day priced.</param>
/// <param name="To">The latest day priced.</param>
/// <param name="Sha256">The SHA-256 of the file.</param>
public sealed record PriceImportSummary(int Rows, IReadOnlyList<string> Assets, DateOnly From, DateOnly To, string Sha256);
