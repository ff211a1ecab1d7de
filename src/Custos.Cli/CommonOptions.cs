using System.CommandLine;
using Custos.Domain.Common;
using Custos.Web.Hosting;

namespace Custos.Cli;

/// <summary>Options every command that touches the database takes.</summary>
internal static class CommonOptions
{
    public static readonly Option<string?> Data = new("--data")
    {
        Description = "The data folder (SQLite database, keys). Default: $CUSTOS_DATA, else ./data. Created on first run.",
        Recursive = true,
    };

    public static readonly Option<string?> Database = new("--database")
    {
        Description = "A PostgreSQL connection string (Host=…;Database=…) or postgres:// URL, or a SQLite file. Default: $CUSTOS_DATABASE, else the SQLite file in the data folder.",
        Recursive = true,
    };

    public static Result<CustosHostOptions> HostOptions(ParseResult parse, int? port = null, string? urls = null, bool demo = false, int? demoCustomers = null) =>
        CustosHostOptions.From(parse.GetValue(Data), parse.GetValue(Database), port, urls, demo, demoCustomers);
}
