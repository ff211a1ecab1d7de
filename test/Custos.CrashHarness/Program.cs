using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Storage;
using Custos.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Usage: Custos.CrashHarness DATA_DIR [WRITERS]
// Prints "READY" once the application (and its ledger integrator) runs, then "C <event id>" after each commit.
if (args.Length < 1)
{
    await Console.Error.WriteLineAsync("usage: Custos.CrashHarness DATA_DIR [WRITERS]");
    return 2;
}

var writers = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 8;
var options = new CustosHostOptions { DataDirectory = args[0], Urls = "http://127.0.0.1:0" };
var app = await CustosWebApplication.CreateAsync(options, builder => builder.Logging.SetMinimumLevel(LogLevel.Warning));
await app.StartAsync();
var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };
var gate = new Lock();

// Warm up (JIT, EF model) so that the kill lands during steady appending, not during start-up.
await using (var warm = app.Services.CreateAsyncScope())
{
    var db = warm.ServiceProvider.GetRequiredService<CustosDbContext>();
    var record = warm.ServiceProvider.GetRequiredService<EventRecorder>().Record(db, LedgerEventTypes.ConfigurationChanged, Actor.System, "crash-test:warm-up", new { });
    await db.SaveChangesAsync();
    output.WriteLine("C " + record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

output.WriteLine("READY");

var tasks = Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
{
    for (var i = 0; ; i++)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CustosDbContext>();
        var events = scope.ServiceProvider.GetRequiredService<EventRecorder>();
        var record = events.Record(db, LedgerEventTypes.ConfigurationChanged, Actor.System, $"crash-test:{writer}", new { writer, i });
        await db.SaveChangesAsync();
        lock (gate)
        {
            output.WriteLine("C " + record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
})).ToArray();
await Task.WhenAll(tasks);
return 0;
