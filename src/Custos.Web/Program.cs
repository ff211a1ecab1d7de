using Custos.Web.Hosting;

// Runs the web application alone (the usual way is `custos serve`), configured from the environment (CUSTOS_DATA,
// CUSTOS_DATABASE, CUSTOS_URLS, CUSTOS_LEDGER_ORIGIN, CUSTOS_PROVIDER_COUNTRY … see CustosSettings).
var options = CustosHostOptions.From(CustosSettings.Configuration([]));
if (!options.IsSuccess)
{
    foreach (var error in options.Errors)
    {
        await Console.Error.WriteLineAsync(error.ToString());
    }

    return 2;
}

var app = await CustosWebApplication.CreateAsync(options.Value);
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
