using Custos.Domain.Lifecycle;

namespace Custos.Domain.Intake;

/// <summary>One transition chosen by triage, with the reason recorded beside it.</summary>
/// <param name="Trigger">The lifecycle trigger.</param>
/// <param name="Reason">Why, in words for the history and the ledger.</param>
public sealed record TriageStep(RequestTrigger Trigger, string Reason);
