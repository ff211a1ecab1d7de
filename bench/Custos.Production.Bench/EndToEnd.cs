using System.Diagnostics;
using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Application.Production;
using Custos.Domain.Access;
using Custos.Domain.Lifecycle;
using Custos.Domain.Requests;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.Extensions.Logging.Abstractions;

/// <summary>One production through Custos's real parts on a SQLite data folder: stage, integrate and sign, release.</summary>
internal static class EndToEnd
{
    public static async Task<List<double>> RunAsync(PackageContents contents, string certificatePem, int runs)
    {
        var data = Directory.CreateTempSubdirectory("custos-production-e2e").FullName;
        try
        {
            var database = new CustosDatabase(DatabaseSettings.ForDataDirectory(data));
            await database.MigrateAsync();
            var ledger = LedgerOptions.ForDataDirectory(data, "bench.custos.example/ledger");
            using var signer = LedgerSigner.LoadOrCreate(ledger);
            var clock = TimeProvider.System;
            var events = new EventRecorder(clock, LedgerIdentityKey.LoadOrCreate(ledger.KeysDirectory));
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
            }

            var times = new List<double>();
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
                string productionId;
                await using (var db = database.CreateContext())
                {
                    var request = db.Requests.Single(r => r.Id == requestId);
                    var staged = await ProductionStore.StageAsync(
                        db, events, request, contents with { RequestId = requestId }, Actor.System, clock.NowToTheMillisecond(), ["agency:agy_bench"]);
                    productionId = staged.IsSuccess ? staged.Value.Id : throw new InvalidOperationException(staged.Error.ToString());
                    await db.SaveChangesAsync();
                }

                await integrator.IntegrateAsync();
                await using (var db = database.CreateContext())
                {
                    var release = new ProductionRelease(db, events, new LedgerReader(db, ledger, signer), clock, new ProductionOptions(), NullLogger<ProductionRelease>.Instance);
                    var released = await release.ReleaseAsync(productionId);
                    if (!released.IsSuccess)
                    {
                        throw new InvalidOperationException(released.Error.ToString());
                    }
                }

                if (run > 0)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            return times;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}
