using System.Diagnostics;
using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Application.Production;
using Custos.Application.Requests.Targets;
using Custos.Domain.Access;
using Custos.Domain.Customers;
using Custos.Domain.Decisions;
using Custos.Domain.Lifecycle;
using Custos.Domain.Requests;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging.Abstractions;

/// <summary>
/// One production through Custos's real parts on a SQLite data folder holding the target's customer record and
/// transactions: load the approved items from the customer store (ProductionData), stage (build the package, the
/// production.created event and the productions row, saved), integrate and sign the ledger, release (inclusion proof,
/// seal to the agency's certificate, save). What the produce decision and the release service do, minus the votes.
/// </summary>
internal static class EndToEnd
{
    public static async Task<(List<double> Totals, Dictionary<string, List<double>> Phases)> RunAsync(PackageContents contents, CustomerDataSet store, string certificatePem, int runs)
    {
        var data = Directory.CreateTempSubdirectory("custos-production-e2e").FullName;
        try
        {
            var database = new CustosDatabase(DatabaseSettings.ForDataDirectory(data));
            await database.MigrateAsync();
            var ledger = LedgerOptions.ForDataDirectory(data, "bench.custos.example/ledger");
            using var signer = LedgerSigner.LoadOrCreate(ledger);
            var clock = TimeProvider.System;
            var identities = LedgerIdentityKey.LoadOrCreate(ledger.KeysDirectory);
            var events = new EventRecorder(clock, identities);
            await using var integrator = new LedgerIntegrator(database, ledger, signer, clock, NullLogger<LedgerIntegrator>.Instance);
            await using (var db = database.CreateContext())
            {
                db.Agencies.Add(new AgencyRecord
                {
                    Id = "agy_bench", Name = "Bench Agency", Country = "US", Type = AgencyType.Police,
                    Verification = AgencyVerification.VerifiedOutOfBand, CertificatePem = certificatePem,
                    CreatedAt = clock.GetUtcNow(), CreatedBy = "bench",
                });
                await db.SaveChangesAsync();
                await using var transaction = await db.Database.BeginTransactionAsync();
                await Custos.Storage.Customers.CustomerStore.WriteAsync(
                    db.Database.GetDbConnection(), transaction.GetDbTransaction(), store, replaceAll: false, clock.GetUtcNow());
                await transaction.CommitAsync();
            }

            var request = new DataRequest
            {
                Kind = RequestKind.Production,
                Targets = [.. contents.Items.Select(i => i.Target).DistinctBy(t => t.Value)],
                DataCategories = [.. contents.Items.Select(i => i.Item.Category).Distinct()],
                DateRange = new DateRange { From = contents.Items[0].Range.From, To = contents.Items[0].Range.To },
            };
            var plan = contents.Items.Select(i => new PlannedItem(i.Item, i.Range, [])).ToArray();
            var times = new List<double>();
            var phases = new Dictionary<string, List<double>> { ["load"] = [], ["stage and save"] = [], ["integrate and sign"] = [], ["release"] = [] };
            for (var run = 0; run <= runs; run++)
            {
                var requestId = "req_bench" + run.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await using (var db = database.CreateContext())
                {
                    var at = clock.NowToTheMillisecond();
                    db.Requests.Add(new RequestRecord
                    {
                        Id = requestId, Channel = RequestChannel.Api, Kind = RequestKind.Production, Status = RequestStatus.Decided, Informal = false,
                        ReceivedAt = at, SubmittedBy = "bench", AgencyId = "agy_bench", Payload = "{}", CreatedAt = at, UpdatedAt = at, RowVersion = 1,
                    });
                    await db.SaveChangesAsync();
                }

                var watch = Stopwatch.StartNew();
                var lap = watch.Elapsed;
                void Lap(string phase)
                {
                    if (run > 0)
                    {
                        phases[phase].Add((watch.Elapsed - lap).TotalMilliseconds);
                    }

                    lap = watch.Elapsed;
                }

                string productionId;
                await using (var db = database.CreateContext())
                {
                    var record = db.Requests.Single(r => r.Id == requestId);
                    var loaded = await new ProductionData(db, new TargetResolver(db), clock).LoadAsync(requestId, request, "agy_bench", plan);
                    Lap("load");
                    if (loaded.Items.Sum(i => i.Data.Records.Count) != contents.Items.Sum(i => i.Records.Count))
                    {
                        throw new InvalidOperationException("The customer store did not give back the records written to it.");
                    }

                    var staged = await ProductionStore.StageAsync(
                        db, events, identities, record, contents with { RequestId = requestId, Items = loaded.ProducedItems }, Actor.System, clock.NowToTheMillisecond(), ["agency:agy_bench"]);
                    productionId = staged.IsSuccess ? staged.Value.Id : throw new InvalidOperationException(staged.Error.ToString());
                    await db.SaveChangesAsync();
                    Lap("stage and save");
                }

                await integrator.IntegrateAsync();
                Lap("integrate and sign");
                await using (var db = database.CreateContext())
                {
                    var release = new ProductionRelease(db, events, new LedgerReader(db, ledger, signer), clock, new ProductionOptions(), NullLogger<ProductionRelease>.Instance);
                    var released = await release.ReleaseAsync(productionId);
                    if (!released.IsSuccess)
                    {
                        throw new InvalidOperationException(released.Error.ToString());
                    }

                    Lap("release");
                }

                if (run > 0)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            return (times, phases);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}
