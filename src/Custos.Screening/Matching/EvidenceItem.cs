namespace Custos.Screening.Matching;

/// <summary>One piece of evidence beside the name, and how much it moved the score.</summary>
/// <param name="Kind">What the evidence is about.</param>
/// <param name="Description">What was compared and found, in words.</param>
/// <param name="Delta">The change to the score (positive raises it).</param>
public sealed record EvidenceItem(EvidenceKind Kind, string Description, double Delta);
