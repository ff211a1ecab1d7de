namespace Custos.Application.Sanctions.Rescreen;

/// <summary>How far a rescreen is.</summary>
/// <param name="Examined">Customers read so far.</param>
/// <param name="Total">Customers in the database when the rescreen began.</param>
/// <param name="Screened">Customers screened so far (the others were unchanged since their last screening).</param>
/// <param name="AlertsRaised">Alerts raised so far.</param>
/// <param name="Elapsed">Time since the rescreen began.</param>
public sealed record RescreenProgress(long Examined, long Total, long Screened, int AlertsRaised, TimeSpan Elapsed);
