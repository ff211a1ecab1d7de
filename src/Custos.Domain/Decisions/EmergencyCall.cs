namespace Custos.Domain.Decisions;

/// <summary>What the person who made the out-of-band call reports.</summary>
/// <param name="NumberCalled">The number dialled, as dialled.</param>
/// <param name="CalledAt">When the call was made.</param>
/// <param name="Outcome">Whether the agency confirmed the request.</param>
/// <param name="Statement">What was confirmed (or denied), and by whom at the agency, in the caller's words.</param>
public sealed record EmergencyCall(string? NumberCalled, DateTimeOffset CalledAt, CallOutcome Outcome, string? Statement);
