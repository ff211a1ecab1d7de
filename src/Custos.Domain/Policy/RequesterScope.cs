namespace Custos.Domain.Policy;

/// <summary>Which requesters an authorisation row of a legal system accepts.</summary>
public enum RequesterScope
{
    Domestic,
    Foreign,
    Any,
    EEvidenceParticipant,
}
