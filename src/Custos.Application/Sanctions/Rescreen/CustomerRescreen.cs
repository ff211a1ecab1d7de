using System.Diagnostics;
using System.Threading.Channels;
using Custos.Application.Common;
using Custos.Application.Sanctions.Lists;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Domain.Sanctions;
using Custos.Storage;
using Custos.Storage.Sanctions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Custos.Application.Sanctions.Rescreen;

/// <summary>
/// Screens every customer (Latin and native name, date of birth, nationality) and every customer wallet against the
/// lists in force and raises alerts for review. Only what changed is screened: each customer's last screening is
/// recorded with the fingerprint of the facts screened and the key of the lists' contents, and a customer whose facts
/// and lists are those of the last screening is skipped (<c>full</c> screens everyone). Hits become alerts under
/// <see cref="AlertRules"/>: a dismissed pair comes back only when the customer's or the entry's facts changed.
/// <para>
/// One task reads the customers in account order (with their last screening and their wallets, merged in order), one
/// worker per core screens, and this task writes every <see cref="BatchSize"/> customers: their screening records,
/// the alerts raised and an <c>sanctions.alert-raised</c> event each, in one transaction. A <c>sanctions.rescreened</c>
/// event closes the run.
/// </para>
/// </summary>
public sealed class CustomerRescreen(CustosDatabase database, CustosDbContext db, EventRecorder events, TimeProvider clock, SanctionsLists lists)
{
    /// <summary>Customers written per transaction.</summary>
    public const int BatchSize = 20_000;

    /// <summary>The ledger subject of a rescreen.</summary>
    public static string Subject(string runId) => "sanctions-rescreen:" + runId;

    /// <summary>Rescreens the customers (only what changed, or everyone when <paramref name="full"/>).</summary>
    public async Task<Result<RescreenSummary>> RescreenAsync(Actor actor, bool full = false, IProgress<RescreenProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.Administer, "sanctions-rescreen", cancellationToken) is { } denied)
        {
            return denied;
        }

        var stopwatch = Stopwatch.StartNew();
        var loaded = await lists.LoadAsync(cancellationToken);
        if (!loaded.IsSuccess)
        {
            return Result<RescreenSummary>.Failure(loaded.Errors);
        }

        var inForce = loaded.Value;
        var loadTime = stopwatch.Elapsed;
        var runId = Ids.New("scr");
        await using var counter = database.CreateContext();
        var total = await counter.Customers.LongCountAsync(cancellationToken);
        var screener = new CustomerScreener(inForce);
        var state = new RunState(inForce);
        var toScreen = Channel.CreateBounded<ScreenedFacts>(new BoundedChannelOptions(4096) { SingleWriter = true });
        var screened = Channel.CreateBounded<(ScreenedFacts Facts, string Fingerprint, List<CustomerHit> Hits)>(new BoundedChannelOptions(4096) { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reader = Task.Run(() => ReadAsync(toScreen.Writer, inForce.ListsKey, full, state, stop.Token), stop.Token);
        var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Run(async () =>
        {
            await foreach (var facts in toScreen.Reader.ReadAllAsync(stop.Token))
            {
                await screened.Writer.WriteAsync((facts, facts.Fingerprint, screener.Screen(facts)), stop.Token);
            }
        }, stop.Token)).ToArray();
        var closing = Task.WhenAll(workers).ContinueWith(t => screened.Writer.TryComplete(t.Exception), TaskScheduler.Default);

        try
        {
            var batch = new List<(ScreenedFacts Facts, string Fingerprint, List<CustomerHit> Hits)>(BatchSize);
            var lastReport = TimeSpan.Zero;
            await foreach (var item in screened.Reader.ReadAllAsync(stop.Token))
            {
                batch.Add(item);
                if (batch.Count >= BatchSize)
                {
                    await FlushAsync(batch, state, actor, stop.Token);
                    batch.Clear();
                }

                if (progress is not null && stopwatch.Elapsed - lastReport > TimeSpan.FromSeconds(1))
                {
                    lastReport = stopwatch.Elapsed;
                    progress.Report(new RescreenProgress(Interlocked.Read(ref state.Examined), total, state.Screened + batch.Count, state.Raised, stopwatch.Elapsed));
                }
            }

            await FlushAsync(batch, state, actor, stop.Token);
            await reader;
            await closing;
        }
        catch
        {
            await stop.CancelAsync();
            throw;
        }

        var summary = new RescreenSummary(runId, state.Examined, state.Screened, state.Examined - state.Screened, state.WithHits, state.Raised,
            state.Open, state.Confirmed, state.Dismissed, screener.DistinctNames, stopwatch.Elapsed, loadTime);
        events.Record(db, LedgerEventTypes.SanctionsRescreened, actor, Subject(runId), new
        {
            runId,
            full,
            listsKey = inForce.ListsKey,
            versions = inForce.Versions.Select(v => new { v.ListId, v.Id, v.Version }).ToArray(),
            customers = summary.Customers,
            screened = summary.Screened,
            unchanged = summary.Unchanged,
            withHits = summary.WithHits,
            alertsRaised = summary.AlertsRaised,
            alreadyOpen = summary.AlreadyOpen,
            alreadyConfirmed = summary.AlreadyConfirmed,
            dismissedUnchanged = summary.DismissedUnchanged,
        });
        await db.SaveChangesAsync(cancellationToken);
        progress?.Report(new RescreenProgress(summary.Customers, total, summary.Screened, summary.AlertsRaised, stopwatch.Elapsed));
        return summary;
    }

    /// <summary>Reads every customer in account order with its last screening and wallets; queues those to screen.</summary>
    private async Task ReadAsync(ChannelWriter<ScreenedFacts> writer, string listsKey, bool full, RunState state, CancellationToken cancellationToken)
    {
        try
        {
            await using var customersDb = database.CreateContext();
            await using var walletsDb = database.CreateContext();
            var collation = database.Provider == DatabaseProvider.Postgres ? "C" : "BINARY";
            var customers =
                from c in customersDb.Customers.AsNoTracking()
                join s in customersDb.SanctionsScreenings.AsNoTracking() on c.AccountId equals s.AccountId into last
                from s in last.DefaultIfEmpty()
                orderby EF.Functions.Collate(c.AccountId, collation)
                select new { c.AccountId, c.GivenName, c.FamilyName, c.NativeName, c.DateOfBirth, c.Nationality, Fingerprint = s == null ? null : s.Fingerprint, ListsKey = s == null ? null : s.ListsKey };
            var wallets = walletsDb.Wallets.AsNoTracking().OrderBy(w => EF.Functions.Collate(w.AccountId, collation)).Select(w => new { w.AccountId, w.Asset, w.Address });
            await using var walletRows = wallets.AsAsyncEnumerable().GetAsyncEnumerator(cancellationToken);
            var walletPending = await walletRows.MoveNextAsync();
            await foreach (var c in customers.AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                var own = new List<(string Asset, string Address)>();
                while (walletPending && string.CompareOrdinal(walletRows.Current.AccountId, c.AccountId) <= 0)
                {
                    if (string.Equals(walletRows.Current.AccountId, c.AccountId, StringComparison.Ordinal))
                    {
                        own.Add((walletRows.Current.Asset, walletRows.Current.Address));
                    }

                    walletPending = await walletRows.MoveNextAsync();
                }

                var facts = new ScreenedFacts
                {
                    AccountId = c.AccountId,
                    Name = (c.GivenName + " " + c.FamilyName).Trim(),
                    NativeName = string.IsNullOrWhiteSpace(c.NativeName) ? null : c.NativeName,
                    DateOfBirth = c.DateOfBirth,
                    Nationality = c.Nationality,
                    Wallets = own,
                };
                Interlocked.Increment(ref state.Examined);
                if (!full && string.Equals(c.ListsKey, listsKey, StringComparison.Ordinal) && string.Equals(c.Fingerprint, facts.Fingerprint, StringComparison.Ordinal))
                {
                    continue;
                }

                await writer.WriteAsync(facts, cancellationToken);
            }

            writer.TryComplete();
        }
        catch (Exception e)
        {
            writer.TryComplete(e);
            throw;
        }
    }

    /// <summary>Writes one batch: the screening records, and the alerts its hits raise with their events, in one transaction.</summary>
    private async Task FlushAsync(List<(ScreenedFacts Facts, string Fingerprint, List<CustomerHit> Hits)> batch, RunState state, Actor actor, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var withHits = batch.Where(b => b.Hits.Count > 0).ToList();
        var priors = await AlertRaiser.PriorsAsync(db, withHits.Select(b => b.Facts.AccountId).ToList(), cancellationToken);
        var now = clock.NowToTheMillisecond();
        var strategy = db.Database.CreateExecutionStrategy();
        var outcome = await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await ScreeningStore.UpsertAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(),
                batch.Select(b => (b.Facts.AccountId, b.Fingerprint, state.Lists.ListsKey, now)), cancellationToken);
            var counts = new AlertRaiser(db, events, state.Lists).Raise(withHits.Select(b => (b.Facts, b.Hits)), priors, actor, now);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return counts;
        });
        db.ChangeTracker.Clear();
        state.Screened += batch.Count;
        state.WithHits += withHits.Count;
        state.Raised += outcome.Raised;
        state.Open += outcome.AlreadyOpen;
        state.Confirmed += outcome.AlreadyConfirmed;
        state.Dismissed += outcome.DismissedUnchanged;
    }

    /// <summary>The counts of one run (written by the consuming task only, but <see cref="Examined"/> by the reader).</summary>
    private sealed class RunState(ListsInForce lists)
    {
        public long Examined;
        public long Screened;
        public long WithHits;
        public int Raised;
        public int Open;
        public int Confirmed;
        public int Dismissed;

        public ListsInForce Lists { get; } = lists;
    }
}
