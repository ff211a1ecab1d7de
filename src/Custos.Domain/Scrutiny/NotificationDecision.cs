namespace Custos.Domain.Scrutiny;

/// <summary>Whether the customer may be told now, why, and from when if a gag ends.</summary>
/// <param name="Allowed">Notice may be given now.</param>
/// <param name="Reason">The legal basis of the decision.</param>
/// <param name="NotBefore">When notice becomes allowed by itself; null when allowed now or when nothing ends the prohibition.</param>
public sealed record NotificationDecision(bool Allowed, string Reason, DateOnly? NotBefore);
