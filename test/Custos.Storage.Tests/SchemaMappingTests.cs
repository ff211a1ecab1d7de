using System.Data.Common;
using Custos.Domain.Agencies;
using Custos.Domain.Decisions;
using Custos.Domain.Lifecycle;
using Custos.Domain.Policy;
using Custos.Domain.Preservation;
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
                "account_restrictions", "agencies", "agency_domains", "agency_officers", "api_keys", "asset_prices",
                "customer_imports", "customer_notices", "customers", "emergency_calls", "holdings", "idempotency_keys", "kyc_documents",
                "ledger_checkpoints", "ledger_events", "ledger_state", "logins", "notice_outbox", "policy_versions", "preservation_snapshots",
                "preservations", "productions", "published_reports", "request_decisions", "request_documents", "request_messages", "request_targets",
                "request_transitions", "requests", "residence_permits", "restriction_notices", "sanctions_alerts",
                "sanctions_list_files", "sanctions_list_versions", "sanctions_screenings", "sign_in_sessions", "staff_roles",
                "staff_users", "transactions", "transparency_facts", "transparency_facts_state", "trust_changes", "vote_items", "votes", "wallets",
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

    [Theory, SqliteData, PostgresData]
    public async Task DecisionEntities_RoundTrip_WithKebabTextDaysAndBytes(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var connection = database.Database.CreateConnection())
        {
            await connection.OpenAsync();
            var sqlite = provider == "sqlite";
            var now = sqlite ? "1733356800000" : "'2024-12-05T00:00:00Z'";
            await ExecuteAsync(connection,
                $"INSERT INTO agencies (id, name, country, type, verification, verification_method, reputation_flags, created_at, created_by) " +
                $"VALUES ('agy_d', 'BKA', 'DE', 'police', 'verified-out-of-band', 'known-contact', '', {now}, 'cli')");
            await ExecuteAsync(connection,
                $"INSERT INTO requests (id, agency_id, channel, kind, status, informal, received_at, submitted_by, payload, recommendation, risk_tier, created_at, updated_at, row_version) " +
                $"VALUES ('req_d', 'agy_d', 'in-person', 'production', 'under-review', {(sqlite ? "0" : "false")}, {now}, 'cli', '{{}}', 'produce', 'low', {now}, {now}, 1)");
        }

        var at = new DateTimeOffset(2026, 12, 5, 8, 0, 0, TimeSpan.Zero);
        await using (var db = database.CreateContext())
        {
            db.Votes.Add(new VoteRecord { Id = "vot_1", RequestId = "req_d", Voter = "staff:u1", Functions = "legal compliance", CastAt = at, Rationale = "lawful" });
            db.VoteItems.Add(new VoteItemRecord
            {
                VoteId = "vot_1", Position = 0, Target = 0, Category = DataCategory.Transactions, Produce = true,
                RangeFrom = new DateOnly(2026, 1, 1), RangeTo = new DateOnly(2026, 2, 28),
            });
            db.RequestDecisions.Add(new RequestDecisionRecord { Id = "dec_1", RequestId = "req_d", Act = DecisionAct.PushBack, DecidedBy = "staff:u1", DecidedAt = at, Rationale = "too broad" });
            db.Productions.Add(new ProductionRecord
            {
                Id = "prd_1", RequestId = "req_d", ManifestSha256 = new string('a', 64), EventId = 42, Archive = [1, 2, 3],
                Status = ProductionStatus.PendingCheckpoint, CreatedBy = "staff:u1", CreatedAt = at,
            });
            db.Preservations.Add(new PreservationRecord
            {
                Id = "prs_1", RequestId = "req_d", StartDay = new DateOnly(2026, 12, 1), Days = 90, ExtensionDays = 90, MaxExtensions = 1,
                TermsSource = "18 U.S.C. 2703(f)", State = PreservationState.Active, StartedBy = "staff:u1", StartedAt = at,
            });
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var item = await db.VoteItems.SingleAsync();
            Assert.Equal((DataCategory.Transactions, true, new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 28)), (item.Category, item.Produce, item.RangeFrom, item.RangeTo));
            var production = await db.Productions.SingleAsync();
            Assert.Equal([1, 2, 3], production.Archive);
            Assert.Equal((ProductionStatus.PendingCheckpoint, at), (production.Status, production.CreatedAt));
            Assert.Equal(new DateOnly(2026, 12, 1), (await db.Preservations.SingleAsync()).StartDay);
        }

        await using var read = database.Database.CreateConnection();
        await read.OpenAsync();
        Assert.Equal("transactions", await ScalarAsync(read, "SELECT category FROM vote_items"));
        Assert.Equal("push-back", await ScalarAsync(read, "SELECT act FROM request_decisions"));
        Assert.Equal("pending-checkpoint", await ScalarAsync(read, "SELECT status FROM productions"));
        Assert.Equal("active", await ScalarAsync(read, "SELECT state FROM preservations"));
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
