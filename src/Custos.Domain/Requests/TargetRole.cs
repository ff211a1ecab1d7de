namespace Custos.Domain.Requests;

/// <summary>The target's role in the investigation.</summary>
public enum TargetRole
{
    Suspect,
    Victim,
    Witness,
    Unknown,
}
