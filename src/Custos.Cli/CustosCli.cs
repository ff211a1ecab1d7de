using System.CommandLine;
using Custos.Cli.Commands;

namespace Custos.Cli;

/// <summary>The <c>custos</c> command tree.</summary>
public static class CustosCli
{
    public static RootCommand Build()
    {
        var root = new RootCommand(
            "Custos: verified intake, policy scrutiny, quorum approval and a verifiable ledger for government demands for customer data.")
        {
            CommonOptions.Data,
            CommonOptions.Database,
        };
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(UsersCommand.Create());
        root.Subcommands.Add(ApiKeysCommand.Create());
        root.Subcommands.Add(AgenciesCommand.Create());
        root.Subcommands.Add(OfficersCommand.Create());
        root.Subcommands.Add(CustomersCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(WitnessCommand.Create());
        root.Subcommands.Add(LedgerCommand.Create());
        root.Subcommands.Add(ReviewCommand.Create());
        root.Subcommands.Add(PackageCommand.Create());
        root.Subcommands.Add(ProofCommand.Create());
        root.Subcommands.Add(ScrutinizeCommand.Create());
        root.Subcommands.Add(PolicyCommand.Create());
        root.Subcommands.Add(SanctionsCommand.Create());
        root.Subcommands.Add(PricesCommand.Create());
        root.Subcommands.Add(RestrictionsCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        root.Subcommands.Add(BackupCommand.Create());
        return root;
    }
}
