using System.Data.Common;
using System.Text.RegularExpressions;
using Custos.Application.Requests.Targets;
using Custos.Domain.Requests;
using Custos.Storage;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using static Custos.Application.Tests.Requests.TargetTestData;

namespace Custos.Application.Tests.Requests;

/// <summary>
/// Each lookup must be an index search: the expression indexes of schema version 4 only serve queries that write the
/// expression exactly as the index does. The planner is asked about every query a resolution runs (on PostgreSQL with
/// sequential scans disabled, so that an unusable index shows as another plan rather than as a small-table choice).
/// </summary>
public class TargetResolverIndexTests
{
    private static readonly (TargetType Type, string Value, string[] Indexes)[] s_cases =
    [
        (TargetType.Email, "Ivan.Ivanov@mail.ru", ["ix_customers_email_lower"]),
        (TargetType.Phone, "+7 916 123 45 67", ["ix_customers_phone_key"]),
        (TargetType.Wallet, IvanBtc, ["ix_wallets_address_lower"]),
        (TargetType.Wallet, OlenaEth, ["ix_wallets_address_lower"]),
        (TargetType.Txid, SharedTxHash, ["ix_transactions_tx_hash"]),
        (TargetType.CounterpartyOfWallet, Mixer, ["ix_transactions_counterparty_lower", "ix_wallets_address_lower"]),
        (TargetType.CounterpartyOfWallet, EvmCounterparty, ["ix_transactions_counterparty_lower", "ix_wallets_address_lower"]),
        (TargetType.Country, "RU", ["ix_customers_residence_country", "ix_customers_nationality", "ix_residence_permits_country"]),
    ];

    [Theory, SqliteData, PostgresData]
    public async Task ResolveAsync_EveryExactAndBulkLookup_SearchesAnIndex(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await WriteAsync(database, Build());
        var recorder = new PlanRecorder(database.Provider == DatabaseProvider.Sqlite);
        var options = new DbContextOptionsBuilder<CustosDbContext>(database.Database.ContextOptions()).AddInterceptors(recorder).Options;
        await using var db = new CustosDbContext(options);
        var resolver = new TargetResolver(db);

        foreach (var (type, value, indexes) in s_cases)
        {
            recorder.Plans.Clear();

            var resolution = await resolver.ResolveAsync(new Target { Type = type, Value = value }, 0);

            Assert.NotEqual(0, resolution.Reach);
            var plans = string.Join("\n", recorder.Plans);
            foreach (var index in indexes)
            {
                Assert.True(Regex.IsMatch(plans, $@"\b{index}\b"), $"{type} {value}: no use of {index} in\n{plans}");
            }
        }
    }

    /// <summary>Asks the planner about each query before it runs, in the same connection and transaction.</summary>
    private sealed class PlanRecorder(bool sqlite) : DbCommandInterceptor
    {
        public List<string> Plans { get; } = [];

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (!sqlite)
            {
                await ExecuteAsync(command, "SET enable_seqscan = off");
            }

            await using (var explain = command.Connection!.CreateCommand())
            {
                explain.Transaction = command.Transaction;
                explain.CommandText = (sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + command.CommandText;
                foreach (DbParameter parameter in command.Parameters)
                {
                    explain.Parameters.Add(parameter is ICloneable cloneable ? cloneable.Clone() : Copy(explain, parameter));
                }

                await using var reader = await explain.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    Plans.Add(reader.GetString(sqlite ? 3 : 0));
                }
            }

            if (!sqlite)
            {
                await ExecuteAsync(command, "SET enable_seqscan = on");
            }

            return result;
        }

        private static DbParameter Copy(DbCommand command, DbParameter parameter)
        {
            var copy = command.CreateParameter();
            copy.ParameterName = parameter.ParameterName;
            copy.Value = parameter.Value;
            return copy;
        }

        private static async Task ExecuteAsync(DbCommand command, string sql)
        {
            await using var set = command.Connection!.CreateCommand();
            set.Transaction = command.Transaction;
            set.CommandText = sql;
            await set.ExecuteNonQueryAsync();
        }
    }
}
