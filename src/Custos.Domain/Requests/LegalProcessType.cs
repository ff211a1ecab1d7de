namespace Custos.Domain.Requests;

/// <summary>The legal instrument a demand rests on (kebab-case in files: <c>e-evidence-production-order</c>).</summary>
public enum LegalProcessType
{
    Subpoena,
    AdministrativeSubpoena,
    CourtOrder,
    SearchWarrant,
    Mlat,
    FiuRequest,
    EEvidenceProductionOrder,
    EEvidencePreservationOrder,
    PreservationLetter,
    EmergencyDisclosure,
    None,
}
