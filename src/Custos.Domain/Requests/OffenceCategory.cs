namespace Custos.Domain.Requests;

/// <summary>The category of the offence under investigation.</summary>
public enum OffenceCategory
{
    Fraud,
    TerrorismFinancing,
    Extremism,
    MoneyLaundering,
    SanctionsEvasion,
    ChildSexualAbuse,
    Cybercrime,
    DrugTrafficking,
    Tax,
    Kidnapping,
    Other,
}
