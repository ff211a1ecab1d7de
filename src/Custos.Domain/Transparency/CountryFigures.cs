namespace Custos.Domain.Transparency;

/// <summary>The exact figures of one country, every authority and process together (banded demands excluded).</summary>
public sealed record CountryFigures(string Country, ReportFigures Figures);
