namespace Custos.Domain.Policy;

/// <summary>How much a finding weighs.</summary>
public enum FindingSeverity
{
    Info,
    Warning,
    Blocking,
}
