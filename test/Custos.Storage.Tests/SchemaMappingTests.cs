using System.Data.Common;
using Custos.Domain.Agencies;
using Custos.Domain.Lifecycle;
using Custos.Domain.Policy;
using Custos.Domain.Requests;
using Custos.Storage.Entities;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Custos.Storage.Tests;

/// <summary>
/// The EF model maps to the schema the migration scripts create — table and column names exactly — and the values it
/// stores are the ones rows written before typed storage hold.
/// </summary>
public class SchemaMappingTests
{
    [Theory, SqliteData, PostgresData]
    public async Task Model_EveryMappedTable_HasExactlyTheColumnsOfTheMigratedSchema(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await using var connection = database.Database.CreateConnection();
        await connection.OpenAsync();

        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            var mapped = entity.GetProperties().Select(p => p.GetColumnName(store)!).Order(StringComparer.Ordinal).ToArray();
            var actual = (await ColumnsAsync(connection, provider, table)).Order(StringComparer.Ordinal).ToArray();

            Assert.True(actual.Length > 0, $"Table {table} is mapped but the migration scripts do not create it.");
            Assert.Equal(actual, mapped);
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task Model_TableNames_AreTheMigratedTables(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        var mapped = db.Model.GetEntityTypes().Select(e => e.GetTableName()!).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(
            [
                "agencies", "agency_domains", "agency_officers", "api_keys", "customer_imports", "customers", "holdings",
                "idempotency_keys", "kyc_documents", "ledger_checkpoints", "ledger_events", "ledger_state", "logins",
                "notice_outbox", "policy_versions", "request_documents", "request_messages", "request_targets", "request_transitions", "requests",
                "residence_permits", "sign_in_sessions", "staff_roles", "staff_users", "transactions", "trust_changes", "wallets",
            ],
            mapped);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Rows_WrittenAsKebabText_ReadBackAsTheirEnums(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var connection = database.Database.CreateConnection())
        {
            // Written the way the schema's rows were written before entities were typed: plain kebab-case text.
            await connection.OpenAsync();
            var sqlite = provider == "sqlite";
            var now = sqlite ? "1733356800000" : "'2024-12-05T00:00:00Z'";
            await ExecuteAsync(connection,
                $"INSERT INTO agencies (id, name, country, type, verification, verification_method, reputation_flags, created_at, created_by) " +
                $"VALUES ('agy_old', 'Bundeskriminalamt', 'DE', 'police', 'verified-out-of-band', 'known-contact', '', {now}, 'cli')");
            await ExecuteAsync(connection,
                $"INSERT INTO agency_officers (id, agency_id, name, email, password_hash, status, created_at) " +
                $"VALUES ('off_old', 'agy_old', 'Old Officer', 'old@bka.de', 'x', 'pending', {now})");
            await ExecuteAsync(connection,
                $"INSERT INTO requests (id, agency_id, channel, kind, status, informal, received_at, submitted_by, payload, recommendation, risk_tier, created_at, updated_at, row_version) " +
                $"VALUES ('req_old', 'agy_old', 'in-person', 'production', 'awaiting-clarification', {(sqlite ? "0" : "false")}, {now}, 'cli', '{{}}', 'redirect', 'high', {now}, {now}, 1)");
            await ExecuteAsync(connection,
                $"INSERT INTO request_targets (request_id, position, type, value, role, match, reach, sample, explanation, resolved_at) " +
                $"VALUES ('req_old', 0, 'counterparty-of-wallet', 'bc1q', 'suspect', 'not-found', 0, '', 'none', {now})");
            await ExecuteAsync(connection,
                $"INSERT INTO request_messages (id, request_id, kind, author, from_agency, body, sent_at) " +
                $"VALUES ('msg_old', 'req_old', 'clarification-request', 'staff:x', {(sqlite ? "0" : "false")}, 'Which one?', {now})");
            await ExecuteAsync(connection,
                $"INSERT INTO request_transitions (request_id, seq, from_status, trigger, to_status, actor, occurred_at) " +
                $"VALUES ('req_old', 1, NULL, 'create', 'received', 'cli', {now}), ('req_old', 2, 'under-review', 'ask-clarification', 'awaiting-clarification', 'cli', {now})");
        }

        await using var db = database.CreateContext();
        var agency = await db.Agencies.SingleAsync();
        Assert.Equal((AgencyType.Police, AgencyVerification.VerifiedOutOfBand, (VerificationMethod?)VerificationMethod.KnownContact), (agency.Type, agency.Verification, agency.VerificationMethod));
        Assert.Equal(OfficerStatus.Pending, (await db.Officers.SingleAsync()).Status);
        var request = await db.Requests.SingleAsync(r => r.Status == RequestStatus.AwaitingClarification);
        Assert.Equal(
            (RequestChannel.InPerson, RequestKind.Production, (Recommendation?)Recommendation.Redirect, (RiskTier?)RiskTier.High),
            (request.Channel, request.Kind, request.Recommendation, request.RiskTier));
        var target = await db.RequestTargets.SingleAsync();
        Assert.Equal((TargetType.CounterpartyOfWallet, TargetRole.Suspect, TargetMatch.NotFound), (target.Type, target.Role, target.Match));
        Assert.Equal(RequestMessageKind.ClarificationRequest, (await db.RequestMessages.SingleAsync()).Kind);
        var transitions = await db.RequestTransitions.OrderBy(t => t.Seq).ToListAsync();
        Assert.Equal([(null, RequestTrigger.Create, RequestStatus.Received), (RequestStatus.UnderReview, RequestTrigger.AskClarification, RequestStatus.AwaitingClarification)],
            transitions.Select(t => (t.FromStatus, t.Trigger, t.ToStatus)));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Entities_WrittenThroughTheModel_StoreKebabText(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.CreateContext())
        {
            var agency = new AgencyRecord
            {
                Id = "agy_new", Name = "FBI", Country = "US", Type = AgencyType.Fiu, Verification = AgencyVerification.DomainVerified,
                VerificationMethod = VerificationMethod.PublishedPhone, CreatedAt = DateTimeOffset.UnixEpoch, CreatedBy = "cli",
            };
            db.Agencies.Add(agency);
            db.Officers.Add(new OfficerRecord
            {
                Id = "off_new", AgencyId = "agy_new", Name = "N", Email = "n@fbi.gov", PasswordHash = "x", Status = OfficerStatus.Disabled,
                CreatedAt = DateTimeOffset.UnixEpoch,
            });
            await db.SaveChangesAsync();
        }

        await using var connection = database.Database.CreateConnection();
        await connection.OpenAsync();
        Assert.Equal("fiu|domain-verified|published-phone", await ScalarAsync(connection, "SELECT type || '|' || verification || '|' || verification_method FROM agencies"));
        Assert.Equal("disabled", await ScalarAsync(connection, "SELECT status FROM agency_officers"));
    }

    private static async Task<IReadOnlyList<string>> ColumnsAsync(DbConnection connection, string provider, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = provider == "sqlite"
            ? $"SELECT name FROM pragma_table_info('{table}')"
            : $"SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}'";
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string?> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string?)await command.ExecuteScalarAsync();
    }
}
