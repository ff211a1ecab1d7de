namespace Custos.Domain.Requests;

/// <summary>What the demand asks the platform to do.</summary>
public enum RequestKind
{
    Production,
    Preservation,
    Emergency,
    Freeze,
}
