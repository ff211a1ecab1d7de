namespace Custos.Domain.Decisions;

/// <summary>One function a quorum needs, and why.</summary>
/// <param name="Function">The function (<see cref="ApprovalFunction"/>), as the policy spells it.</param>
/// <param name="Reason">Why it is needed, in words ("the request's jurisdiction is in the high risk tier").</param>
public sealed record QuorumRequirement(string Function, string Reason);
