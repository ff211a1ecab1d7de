namespace Custos.Domain.Policy;

/// <summary>The band of a country in Reporters Without Borders' World Press Freedom Index.</summary>
public enum PressFreedomBand
{
    Good,
    Satisfactory,
    Problematic,
    Difficult,
    VerySerious,
}
