namespace Custos.Application.Sanctions.Rescreen;

/// <summary>What a rescreen did.</summary>
/// <param name="RunId">The rescreen's id (its ledger subject is <c>sanctions-rescreen:&lt;id&gt;</c>).</param>
/// <param name="Customers">Customers examined.</param>
/// <param name="Screened">Customers screened: new, changed, screened under other lists, or all with <c>--full</c>.</param>
/// <param name="Unchanged">Customers skipped: their facts and the lists' contents are those they were last screened on.</param>
/// <param name="WithHits">Screened customers with at least one hit at or above the review threshold.</param>
/// <param name="AlertsRaised">New alerts.</param>
/// <param name="AlreadyOpen">Hits whose pair has an open alert already.</param>
/// <param name="AlreadyConfirmed">Hits whose pair was confirmed before.</param>
/// <param name="DismissedUnchanged">Hits whose pair was dismissed and has not changed since: not raised again.</param>
/// <param name="DistinctNames">Distinct names screened (each name's candidates are found once per rescreen).</param>
/// <param name="Elapsed">How long it took, loading the lists included.</param>
/// <param name="LoadTime">How long loading the lists in force and building the index took.</param>
public sealed record RescreenSummary(
    string RunId, long Customers, long Screened, long Unchanged, long WithHits, int AlertsRaised, int AlreadyOpen, int AlreadyConfirmed,
    int DismissedUnchanged, int DistinctNames, TimeSpan Elapsed, TimeSpan LoadTime)
{
    /// <summary>Customers screened per second, load excluded.</summary>
    public double ScreenedPerSecond => Screened / Math.Max(0.001, (Elapsed - LoadTime).TotalSeconds);
}
