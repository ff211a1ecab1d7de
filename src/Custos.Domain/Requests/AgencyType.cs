namespace Custos.Domain.Requests;

/// <summary>The kind of authority making a demand.</summary>
public enum AgencyType
{
    Police,
    Prosecutor,
    Court,
    Fiu,
    Regulator,
    Tax,
    Intelligence,
    Other,
}
