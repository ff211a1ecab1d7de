using System.Diagnostics.Metrics;
using Custos.Application.Ledger;
using Custos.Domain.Common;

namespace Custos.Application.Operations;

/// <summary>
/// The <c>Custos</c> meter: the business queue, the ledger, the notice outbox and sign-in lockouts, named after the
/// OpenTelemetry semantic conventions (dotted names, the unit apart from the name, counters without a <c>_total</c>).
/// The gauges read the cached <see cref="OperationsSnapshot"/> (never the database themselves) and the process's own
/// state; their labels are a closed set of words (statuses, age buckets, states), never an identifier or a name.
/// docs/operations.md lists every instrument.
/// </summary>
public sealed class CustosMetrics
{
    /// <summary>The meter's name, to be listened to by the metrics pipeline.</summary>
    public const string MeterName = "Custos";

    public CustosMetrics(IMeterFactory meters, OperationsSnapshotCache snapshots, ILedgerLeadership leadership, LedgerIntegrator integrator)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(leadership);
        ArgumentNullException.ThrowIfNull(integrator);
        var meter = meters.Create(MeterName, typeof(CustosMetrics).Assembly.GetName().Version?.ToString());
        meter.CreateObservableGauge(
            "custos.requests", () => Requests(snapshots.Current), "{request}",
            "Requests still in the queue (not in a terminal status), by status and by age since receipt (<1d, 1-7d, 7-30d, >30d).");
        meter.CreateObservableGauge(
            "custos.ledger.unsequenced", () => From(snapshots.Current, s => s.LedgerUnsequenced), "{event}",
            "Ledger events committed with their change but not yet given a leaf index.");
        meter.CreateObservableGauge(
            "custos.ledger.unpublished", () => From(snapshots.Current, s => s.LedgerUnpublished), "{event}",
            "Ledger events committed but not yet covered by the published checkpoint.");
        meter.CreateObservableGauge(
            "custos.ledger.lag", () => From(snapshots.Current, s => s.LedgerLag.TotalSeconds), "s",
            "How long the oldest event not yet covered by the published checkpoint has waited (0 when none waits).");
        meter.CreateObservableGauge(
            "custos.ledger.published_size", () => From(snapshots.Current, s => s.LedgerPublishedSize), "{entry}",
            "The tree size of the published checkpoint.");
        meter.CreateObservableGauge(
            "custos.ledger.leader", () => leadership.IsLeader ? 1 : 0, unit: null,
            description: "1 when this process runs the ledger integrator (and signs checkpoints), else 0.");
        meter.CreateObservableCounter(
            "custos.ledger.checkpoints", () => integrator.CheckpointsPublished, "{checkpoint}",
            "Checkpoints this process signed and published since it started.");
        meter.CreateObservableCounter(
            "custos.ledger.witnessing.failures", () => integrator.WitnessingFailures, "{round}",
            "Integration rounds whose checkpoint was held back because too few witnesses cosigned it.");
        meter.CreateObservableGauge(
            "custos.notices.outbox.backlog", () => Outbox(snapshots.Current), "{notice}",
            "Customer notices not yet sent, by state: due, waiting (scheduled for later), sending, failed (retried with back-off).");
        meter.CreateObservableGauge(
            "custos.signin.lockouts", () => Lockouts(snapshots.Current), "{account}",
            "Accounts locked out now after repeated failed sign-ins, by kind of account (staff, officer).");
        meter.CreateObservableCounter(
            "custos.metrics.snapshot.failures", () => snapshots.Failures, "{refresh}",
            "Times the figures above could not be read from the database (they are then left out until the next refresh).");
    }

    private static IEnumerable<Measurement<T>> From<T>(OperationsSnapshot? snapshot, Func<OperationsSnapshot, T> read)
        where T : struct =>
        snapshot is null ? [] : [new Measurement<T>(read(snapshot))];

    private static IEnumerable<Measurement<long>> Requests(OperationsSnapshot? snapshot) =>
        snapshot is null ? [] : snapshot.OpenRequests.Select(r => new Measurement<long>(
            r.Value, new KeyValuePair<string, object?>("status", KebabCase.Format(r.Key.Status)), new KeyValuePair<string, object?>("age", r.Key.Age.Label())));

    private static IEnumerable<Measurement<long>> Outbox(OperationsSnapshot? snapshot) =>
        snapshot is null ? [] : snapshot.OutboxBacklog.Select(o => new Measurement<long>(o.Value, new KeyValuePair<string, object?>("state", o.Key.Label())));

    private static IEnumerable<Measurement<long>> Lockouts(OperationsSnapshot? snapshot) =>
        snapshot is null ? [] :
        [
            new Measurement<long>(snapshot.LockedStaff, new KeyValuePair<string, object?>("account", "staff")),
            new Measurement<long>(snapshot.LockedOfficers, new KeyValuePair<string, object?>("account", "officer")),
        ];
}
