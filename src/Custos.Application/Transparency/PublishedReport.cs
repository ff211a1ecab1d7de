using Custos.Domain.Transparency;

namespace Custos.Application.Transparency;

/// <summary>A published report: the figures, the exact JSON published, its SHA-256 and the signed statement over it.</summary>
/// <param name="Report">The figures.</param>
/// <param name="GeneratedAt">When it was computed (the JSON names it).</param>
/// <param name="Json">The JSON exactly as published (UTF-8 when written out).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="Json"/>.</param>
/// <param name="Statement">The C2SP signed note by the ledger's key over <c>custos-report/v1</c>, the origin, the period and the SHA-256.</param>
public sealed record PublishedReport(TransparencyReport Report, DateTimeOffset GeneratedAt, string Json, string Sha256, string Statement);
