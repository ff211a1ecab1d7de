namespace Custos.Domain.Transparency;

/// <summary>An account restriction recorded (a sanctions-list match, EU Reg. 833/2014 Art. 5b): its reason code and day.</summary>
/// <param name="Reason">The stable reason code (<c>eu-833-5b-threshold</c>, <c>sanctions-list-match</c>, …).</param>
/// <param name="Regime">The sanctions regime, when one applies.</param>
/// <param name="RecordedAt">When it was recorded.</param>
public sealed record RestrictionFact(string Reason, string? Regime, DateTimeOffset RecordedAt);
