using System.Diagnostics;
using System.Globalization;
using Custos.Application.Demo;
using Custos.Application.Requests;
using Custos.Application.Requests.Targets;
using Custos.Application.Scrutiny;
using Custos.Domain.Access;
using Custos.Domain.Intake;
using Custos.Domain.Lifecycle;
using Custos.Domain.Requests;
using Custos.Domain.Staff;
using Custos.Scale.Bench;
using Custos.Storage;
using Custos.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

// Data the size of a large exchange, on PostgreSQL (issue 15 point 2). In one run, on a fresh database:
//  1. `custos demo generate` writes N customers (default 1,000,000, about 15 transactions each) as CSV, streaming;
//  2. baseline: the raw COPY rate of transactions.csv into an unlogged table of text columns (no parsing, no checks);
//  3. `custos customers import` runs as a child process; its wall time and peak RSS (VmHWM) are measured;
//  4. target resolution through the real TargetResolver (account, e-mail, wallet, transaction hash), counterparty-of-
//     wallet bulk counts for the popular addresses, against a bare `SELECT 1` and a primary-key lookup;
//  5. 100,000 requests stored (one taken in through RequestIntake, cloned in SQL), then the reviewer queue and a
//     request page through RequestQueries, against a primary-key read of one request row.
//   dotnet build -c Release src/Custos.Cli && dotnet run -c Release --project bench/Custos.Scale.Bench -- \
//       [--customers 1000000] [--requests 100000] [--samples 300] [--work /tmp/custos-scale-bench] [--keep-data]
//       [--postgres "Host=127.0.0.1;Port=55432;Username=postgres"] [--custos src/Custos.Cli/bin/Release/net10.0/custos]
var customers = Option("--customers", 1_000_000);
var requestCount = Option("--requests", 100_000);
var samples = Option("--samples", 300);
var work = Text("--work", Path.Combine(Path.GetTempPath(), "custos-scale-bench"));
var server = Text("--postgres", "Host=127.0.0.1;Port=55432;Username=postgres");
var custos = Text("--custos", Path.Combine(RepositoryRoot(), "src", "Custos.Cli", "bin", "Release", "net10.0", "custos"));
var keepData = args.Contains("--keep-data");
var database = "custos_scale_" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
var connection = $"{server};Database={database};Timeout=60;Command Timeout=0";
var figures = new List<(string What, string Figure, string Target, string Baseline, string Verdict)>();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{customers:N0} customers, {requestCount:N0} requests, {samples} samples per lookup, {Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Trim()}"));

// 1. The data set, generated once per size and kept with --keep-data.
var dataDir = Path.Combine(work, "customers-" + customers.ToString(CultureInfo.InvariantCulture));
var complete = Path.Combine(dataDir, ".complete");
if (!File.Exists(complete))
{
    Directory.CreateDirectory(work);
    var generated = await ChildRun.RunAsync(custos, ["demo", "generate", "--customers", customers.ToString(CultureInfo.InvariantCulture), "--out", dataDir]);
    Check(generated, "demo generate");
    await File.WriteAllTextAsync(complete, generated.Output);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated in {generated.Elapsed.TotalSeconds:F0} s, peak RSS {Mb(generated.PeakRssBytes)}"));
    figures.Add(("demo generate (streaming)", $"{generated.Elapsed.TotalSeconds:F0} s, {Mb(generated.PeakRssBytes)} peak", "flat memory", "", ""));
}

var dataBytes = Directory.GetFiles(dataDir, "*.csv").Sum(f => new FileInfo(f).Length);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"data: {dataDir}, {dataBytes / 1e9:F2} GB of CSV"));

await AdminAsync($"CREATE DATABASE {database}");
try
{
    var appData = Directory.CreateTempSubdirectory("custos-scale-app").FullName;
    var options = new CustosHostOptions { DataDirectory = appData, Database = DatabaseSettings.Parse(connection).Value, Urls = "http://127.0.0.1:0" };
    await using var app = await CustosWebApplication.CreateAsync(options, b => b.Logging.SetMinimumLevel(LogLevel.Warning));
    await using (var scope = app.Services.CreateAsyncScope())
    {
        var seeded = await scope.ServiceProvider.GetRequiredService<DemoPlatformSeeder>().SeedAsync(appData, 0);
        if (!seeded.IsSuccess)
        {
            throw new InvalidOperationException(string.Join("; ", seeded.Errors));
        }
    }

    await using var raw = new NpgsqlConnection(connection);
    await raw.OpenAsync();

    // 2. Baseline: COPY of the largest file as it is, into text columns, no index.
    var (copyRows, copyTime) = await RawCopyAsync(raw, Path.Combine(dataDir, "transactions.csv"));
    var copyRate = copyRows / copyTime.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"raw COPY of transactions.csv: {copyRows:N0} rows in {copyTime.TotalSeconds:F1} s"));

    // 3. The import, in its own process.
    var imported = await ChildRun.RunAsync(custos, ["customers", "import", dataDir, "--database", connection]);
    Check(imported, "customers import");
    var importedRows = await ScalarAsync<long>(raw,
        "SELECT customers + residence_permits + kyc_documents + wallets + transactions + logins + holdings FROM customer_imports ORDER BY started_at DESC LIMIT 1");
    var importRate = importedRows / imported.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"import: {importedRows:N0} rows in {imported.Elapsed.TotalSeconds:F0} s, peak RSS {Mb(imported.PeakRssBytes)}"));
    // The import's own phase timings (what it prints after its summary: "  12.3 s  phase").
    foreach (var phase in imported.Output.Split('\n').Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s+[0-9.]+ s  ")))
    {
        Console.WriteLine("  " + phase.TrimEnd());
    }

    figures.Add(("import: wall time", $"{imported.Elapsed.TotalMinutes:F1} min ({importedRows:N0} rows)", "< 5 min",
        $"raw COPY {copyRate:N0} rows/s", Verdict(imported.Elapsed.TotalMinutes < 5)));
    figures.Add(("import: rows per second", $"{importRate:N0} rows/s", "", $"raw COPY {copyRate:N0} rows/s", $"{importRate / copyRate:P0} of COPY"));
    figures.Add(("import: peak RSS (VmHWM)", Mb(imported.PeakRssBytes), "< 500 MB", "", Verdict(imported.PeakRssBytes < 500L * 1024 * 1024)));

    // 4. Lookups through the real resolver, against bare round trips.
    var accounts = await SampleAsync(raw, "SELECT account_id FROM customers TABLESAMPLE SYSTEM (1)", samples);
    var selectOne = await Latencies.MeasureAsync(accounts, _ => ScalarAsync<int>(raw, "SELECT 1"));
    var byKey = await Latencies.MeasureAsync(accounts, a => ScalarAsync<string>(raw, "SELECT given_name FROM customers WHERE account_id = @p", a));
    var baseline = $"SELECT 1 p99 {selectOne.Percentile(0.99):F2} ms; PK lookup p99 {byKey.Percentile(0.99):F2} ms";
    var lookups = new (TargetType Type, string Sql)[]
    {
        (TargetType.Account, "SELECT account_id FROM customers TABLESAMPLE SYSTEM (1)"),
        (TargetType.Email, "SELECT email FROM customers TABLESAMPLE SYSTEM (1) WHERE email IS NOT NULL"),
        (TargetType.Wallet, "SELECT address FROM wallets TABLESAMPLE SYSTEM (1)"),
        (TargetType.Txid, "SELECT tx_hash FROM transactions TABLESAMPLE SYSTEM (0.1) WHERE tx_hash IS NOT NULL"),
    };
    foreach (var (type, sql) in lookups)
    {
        var values = await SampleAsync(raw, sql, samples);
        await using var scope = app.Services.CreateAsyncScope();
        var resolver = scope.ServiceProvider.GetRequiredService<TargetResolver>();
        var misses = 0;
        var times = await Latencies.MeasureAsync(values, async v =>
        {
            var resolution = await resolver.ResolveAsync(new Target { Type = type, Value = v, Role = TargetRole.Suspect }, 0);
            misses += resolution.Reach == 0 ? 1 : 0;
        });
        figures.Add(($"resolve {type.ToString().ToLowerInvariant()} target: p99 (p50)", $"{times.Percentile(0.99):F1} ms ({times.Percentile(0.5):F1})", "< 20 ms",
            baseline, Verdict(times.Percentile(0.99) < 20 && misses == 0)));
    }

    // Counterparty-of-wallet: the busiest addresses of the demo (exchange hot wallets, the OTC desk, the campaign).
    var busiest = new[] { DemoDataGenerator.ExchangeHotWalletBtc, DemoDataGenerator.ExchangeHotWalletEth, DemoDataGenerator.OtcDeskTron, DemoDataGenerator.CampaignAddress };
    foreach (var address in busiest)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var resolver = scope.ServiceProvider.GetRequiredService<TargetResolver>();
        var reach = 0;
        var times = await Latencies.MeasureAsync(Enumerable.Range(0, 3).ToList(), async _ =>
            reach = (await resolver.ResolveAsync(new Target { Type = TargetType.CounterpartyOfWallet, Value = address, Role = TargetRole.Witness }, 0)).Reach, warmUp: 1);
        var rows = await ScalarAsync<long>(raw, "SELECT COUNT(*) FROM transactions WHERE counterparty_address = @p", address);
        figures.Add(($"counterparty {address[..10]}…: {reach:N0} customers", $"{times.Max:F0} ms (worst of 3)", "< 1000 ms",
            $"{rows:N0} transactions", Verdict(times.Max < 1000)));
    }

    // 5. 100,000 requests: one taken in for real, the rest cloned from it in SQL with varied status, deadline and arrival.
    var template = await TakeInOneAsync(app.Services);
    await CloneRequestsAsync(raw, template, requestCount - 1);
    await ExecuteAsync(raw, "ANALYZE requests, request_targets, request_transitions");
    var reviewer = Actor.StaffMember("usr_bench_reviewer", [StaffRole.LegalReviewer], StaffRegion.Global);
    var requestIds = await SampleAsync(raw, "SELECT id FROM requests TABLESAMPLE SYSTEM (5)", samples);
    var rowRead = await Latencies.MeasureAsync(requestIds, id => ScalarAsync<string>(raw, "SELECT payload FROM requests WHERE id = @p", id));
    await using (var scope = app.Services.CreateAsyncScope())
    {
        var queries = scope.ServiceProvider.GetRequiredService<RequestQueries>();
        var shown = 0;
        var queue = await Latencies.MeasureAsync(Enumerable.Range(0, Math.Max(100, samples / 3)).ToList(), async _ =>
            shown = (await queries.QueueAsync(reviewer, QueueView.Open)).Count);
        figures.Add(($"reviewer queue ({shown} shown): p99 (p50)", $"{queue.Percentile(0.99):F1} ms ({queue.Percentile(0.5):F1})", "< 100 ms",
            $"request row by PK p99 {rowRead.Percentile(0.99):F2} ms", Verdict(queue.Percentile(0.99) < 100 && shown > 0)));
        var missing = 0;
        var page = await Latencies.MeasureAsync(requestIds, async id => missing += await queries.GetAsync(id, reviewer) is null ? 1 : 0);
        figures.Add(("request page: p99 (p50)", $"{page.Percentile(0.99):F1} ms ({page.Percentile(0.5):F1})", "< 100 ms",
            $"request row by PK p99 {rowRead.Percentile(0.99):F2} ms", Verdict(page.Percentile(0.99) < 100 && missing == 0)));
    }

    var storedRequests = await ScalarAsync<long>(raw, "SELECT COUNT(*) FROM requests");
    var databaseBytes = await ScalarAsync<long>(raw, "SELECT pg_database_size(current_database())");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stored: {storedRequests:N0} requests; database size {databaseBytes / 1e9:F1} GB"));
}
finally
{
    NpgsqlConnection.ClearAllPools();
    await AdminAsync($"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
    if (!keepData && Directory.Exists(dataDir))
    {
        Directory.Delete(dataDir, recursive: true);
    }
}

Console.WriteLine();
Console.WriteLine($"{"measure",-48} {"figure",-30} {"target",-10} {"baseline (same run)",-52} result");
foreach (var (what, figure, target, baselineText, verdict) in figures)
{
    Console.WriteLine($"{what,-48} {figure,-30} {target,-10} {baselineText,-52} {verdict}");
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load at the end: {File.ReadAllText("/proc/loadavg").Trim()}"));
return figures.Any(f => f.Verdict == "MISSED") ? 2 : 0;

async Task<string> TakeInOneAsync(IServiceProvider services)
{
    await using var scope = services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<CustosDbContext>();
    var agency = await db.Agencies.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
    var account = await db.Customers.AsNoTracking().OrderBy(c => c.AccountId).Select(c => c.AccountId).FirstAsync();
    var json = $$"""
        {"reference":"SCALE-1","receivedAt":"2026-01-01T00:00:00Z","channel":"api","kind":"production",
         "agency":{"name":"Bench agency","country":"US","type":"police"},
         "officer":{"name":"Julia Ortiz","title":"Special Agent","email":"j.ortiz@dea.gov"},
         "legalProcess":{"type":"administrative-subpoena","reference":"DEA-MIA-1","issuer":"DEA","issuedOn":"2025-12-01","signed":true,"legalBasis":"21 U.S.C. 876"},
         "offence":{"description":"Distribution of controlled substances","categories":["drug-trafficking"],"maxPenaltyYears":20},
         "targets":[{"type":"account","value":"{{account}}","role":"suspect"},{"type":"counterparty-of-wallet","value":"{{DemoDataGenerator.CampaignAddress}}","role":"witness"}],
         "dataCategories":["subscriber"],"dateRange":{"from":"2024-01-01","to":"2025-12-01"} }
        """;
    var request = RequestJson.ReadRequest(json);
    if (!request.IsSuccess)
    {
        throw new InvalidOperationException(string.Join("; ", request.Errors));
    }

    var receipt = await scope.ServiceProvider.GetRequiredService<RequestIntake>().SubmitAsync(new IntakeSubmission
    {
        Request = request.Value, Source = IntakeSource.Api, Actor = Actor.ApiKey("key_bench", agency), AgencyId = agency,
    });
    if (!receipt.IsSuccess)
    {
        throw new InvalidOperationException(string.Join("; ", receipt.Errors));
    }

    return receipt.Value.RequestId;
}

async Task CloneRequestsAsync(NpgsqlConnection raw, string template, int count)
{
    var statuses = Enum.GetValues<RequestStatus>();
    string Array(IEnumerable<RequestStatus> s) => "ARRAY[" + string.Join(", ", s.Select(x => $"'{Custos.Domain.Common.KebabCase.Format(x)}'")) + "]";
    var open = statuses.Where(s => !RequestLifecycle.IsTerminal(s)).ToArray();
    var closed = statuses.Where(RequestLifecycle.IsTerminal).ToArray();
    var id = "'req_bench_' || g";
    var overrides = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["id"] = id,
        ["reference"] = "'BENCH-' || g",
        // One in five open (the queue shows those), the rest closed: a year of a large exchange's requests.
        ["status"] = $"CASE WHEN g % 5 = 0 THEN ({Array(open)})[1 + (g / 5) % {open.Length}] ELSE ({Array(closed)})[1 + g % {closed.Length}] END",
        ["received_at"] = "r.received_at - make_interval(mins => g * 5)",
        ["deadline"] = "CASE WHEN g % 7 = 0 THEN NULL ELSE r.received_at + make_interval(hours => (g % 2000) - 1000) END",
    };
    var clock = Stopwatch.StartNew();
    await CloneAsync(raw, "requests", "id", template, count, overrides);
    await CloneAsync(raw, "request_targets", "request_id", template, count, new Dictionary<string, string>(StringComparer.Ordinal) { ["request_id"] = id });
    await CloneAsync(raw, "request_transitions", "request_id", template, count, new Dictionary<string, string>(StringComparer.Ordinal) { ["request_id"] = id });
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stored {count:N0} more requests (with their targets and transitions) in {clock.Elapsed.TotalSeconds:F1} s"));
}

static async Task CloneAsync(NpgsqlConnection raw, string table, string key, string template, int count, Dictionary<string, string> overrides)
{
    var columns = new List<string>();
    await using (var command = new NpgsqlCommand("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @t ORDER BY ordinal_position", raw))
    {
        command.Parameters.AddWithValue("t", table);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }
    }

    var select = string.Join(", ", columns.Select(c => overrides.TryGetValue(c, out var expression) ? expression : "r." + c));
    await using var insert = new NpgsqlCommand(
        $"INSERT INTO {table} ({string.Join(", ", columns)}) SELECT {select} FROM generate_series(1, @n) g CROSS JOIN (SELECT * FROM {table} WHERE {key} = @id) r", raw);
    insert.Parameters.AddWithValue("n", count);
    insert.Parameters.AddWithValue("id", template);
    await insert.ExecuteNonQueryAsync();
}

static async Task<(long Rows, TimeSpan Elapsed)> RawCopyAsync(NpgsqlConnection raw, string file)
{
    string header;
    using (var first = new StreamReader(file))
    {
        header = await first.ReadLineAsync() ?? throw new InvalidOperationException($"{file} is empty.");
    }

    var columns = header.Split(',');
    await ExecuteAsync(raw, $"CREATE UNLOGGED TABLE bench_copy ({string.Join(", ", columns.Select(c => c + " text"))})");
    var clock = Stopwatch.StartNew();
    long rows;
    await using (var writer = await raw.BeginTextImportAsync($"COPY bench_copy FROM STDIN (FORMAT csv, HEADER true)"))
    {
        using var reader = new StreamReader(file);
        var buffer = new char[1 << 16];
        int n;
        while ((n = await reader.ReadAsync(buffer)) > 0)
        {
            await writer.WriteAsync(buffer.AsMemory(0, n));
        }
    }

    var elapsed = clock.Elapsed;
    rows = await ScalarAsync<long>(raw, "SELECT COUNT(*) FROM bench_copy");
    await ExecuteAsync(raw, "DROP TABLE bench_copy");
    return (rows, elapsed);
}

static async Task<IReadOnlyList<string>> SampleAsync(NpgsqlConnection raw, string sql, int count)
{
    var values = await SampleOnceAsync(raw, sql, count);
    // A small table has too few pages for a block sample: take the whole table instead.
    return values.Count >= count / 2 ? values : await SampleOnceAsync(raw, System.Text.RegularExpressions.Regex.Replace(sql, @"TABLESAMPLE SYSTEM \([0-9.]+\)", ""), count);
}

static async Task<List<string>> SampleOnceAsync(NpgsqlConnection raw, string sql, int count)
{
    var values = new List<string>(count);
    await using var command = new NpgsqlCommand($"SELECT v FROM ({sql}) AS s(v) ORDER BY random() LIMIT {count.ToString(CultureInfo.InvariantCulture)}", raw);
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
        values.Add(reader.GetString(0));
    }

    return values;
}

static async Task<T> ScalarAsync<T>(NpgsqlConnection raw, string sql, string? parameter = null)
{
    await using var command = new NpgsqlCommand(sql, raw);
    if (parameter is not null)
    {
        command.Parameters.AddWithValue("p", parameter);
    }

    return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), CultureInfo.InvariantCulture);
}

static async Task ExecuteAsync(NpgsqlConnection raw, string sql)
{
    await using var command = new NpgsqlCommand(sql, raw);
    await command.ExecuteNonQueryAsync();
}

async Task AdminAsync(string sql)
{
    await using var admin = new NpgsqlConnection($"{server};Database=postgres");
    await admin.OpenAsync();
    await ExecuteAsync(admin, sql);
}

static void Check(ChildRun run, string what)
{
    if (run.ExitCode != 0)
    {
        throw new InvalidOperationException($"{what} failed ({run.ExitCode}):\n{run.Output}");
    }
}

static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:N0} MB");

static string Verdict(bool met) => met ? "met" : "MISSED";

int Option(string name, int fallback)
{
    var index = System.Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

string Text(string name, string fallback)
{
    var index = System.Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Custos.slnx")))
        {
            return dir.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
