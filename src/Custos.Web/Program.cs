using Custos.Web.Hosting;

// Runs the web application alone (the usual way is `custos serve`). Configuration from the environment:
// CUSTOS_DATA (data folder), CUSTOS_DATABASE (connection string), CUSTOS_URLS.
var options = CustosHostOptions.From(null, null, null, Environment.GetEnvironmentVariable("CUSTOS_URLS"), demo: false);
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
