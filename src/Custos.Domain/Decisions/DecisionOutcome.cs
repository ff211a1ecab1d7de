using Custos.Domain.Lifecycle;

namespace Custos.Domain.Decisions;

/// <summary>
/// A request-level decision the rules accepted (a refusal, a pushback, a preservation), with the lifecycle triggers the
/// caller applies through <see cref="RequestLifecycle.Apply"/>, in order.
/// </summary>
/// <param name="Act">What was decided.</param>
/// <param name="ActorId">Who decided.</param>
/// <param name="Rationale">The written rationale (for a pushback, the message to the agency).</param>
/// <param name="Triggers">The lifecycle triggers to apply, in order.</param>
public sealed record DecisionOutcome(DecisionAct Act, string ActorId, string Rationale, IReadOnlyList<RequestTrigger> Triggers);
