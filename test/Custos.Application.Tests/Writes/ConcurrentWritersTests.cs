using Custos.Application.Agencies;
using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Application.Requests;
using Custos.Application.Staff;
using Custos.Application.Tests.Requests;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Domain.Intake;
using Custos.Domain.Requests;
using Custos.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Application.Tests.Writes;

/// <summary>
/// Every writer of one process goes through the same write path: on one SQLite file, agency registry, officer,
/// staff-account, intake and ledger writes running at once all commit, none is refused as busy and none is lost.
/// </summary>
public class ConcurrentWritersTests
{
    private const int EachKind = 12;

    [Fact]
    public async Task Writers_OfEveryKindAtOnce_OnOneSqliteFile_AllCommit()
    {
        await using var fixture = await IntakeFixture.CreateAsync("sqlite");
        var agency = await fixture.AddAgencyAsync("Drug Enforcement Administration", "US", AgencyType.Police, "dea.gov", AgencyVerification.VerifiedOutOfBand);
        var before = (await fixture.Harness.EventsAsync()).Count;
        var integrator = fixture.Harness.NewIntegrator();

        var writes = new List<Task<bool>>();
        for (var i = 0; i < EachKind; i++)
        {
            var n = i;
            writes.Add(fixture.InScopeAsync(async s => (await s.GetRequiredService<AgencyRegistry>().RegisterAsync(
                new NewAgency($"Police department {n}", "US", AgencyType.Police, [$"pd{n}.example.gov"]), Actor.CommandLine)).IsSuccess));
            writes.Add(fixture.InScopeAsync(async s => (await s.GetRequiredService<OfficerAccounts>().RegisterAsync(
                new NewOfficer($"Officer {n}", null, $"officer{n}@dea.gov", null, "a long enough password", agency, null))).IsSuccess));
            writes.Add(fixture.InScopeAsync(async s => (await s.GetRequiredService<StaffAccounts>().CreateAsync(
                new NewStaffMember($"analyst{n}", $"Analyst {n}", null, StaffRegion.Global, [StaffRole.IntakeAnalyst], "a long enough password"),
                Actor.CommandLine)).IsSuccess));
            writes.Add(fixture.InScopeAsync(async s => (await s.GetRequiredService<RequestIntake>().SubmitAsync(new IntakeSubmission
            {
                Request = RequestIntakeTests.Subpoena(fixture.Clock.GetUtcNow()) with { Reference = $"DEA-{n}" },
                Source = IntakeSource.Api,
                Actor = Actor.ApiKey("key_test"),
                AgencyId = agency,
            })).IsSuccess));
            writes.Add(fixture.InScopeAsync(async s =>
            {
                await s.GetRequiredService<LedgerAppender>().AppendAsync(LedgerEventTypes.StaffSignedIn, Actor.Staff($"usr_{n}"), $"staff:usr_{n}", new { n });
                return true;
            }));
            writes.Add(Task.Run(async () =>
            {
                await integrator.IntegrateAsync();
                return true;
            }));
        }

        var outcomes = await Task.WhenAll(writes);

        Assert.All(outcomes, Assert.True);
        await using var db = fixture.Harness.NewContext();
        Assert.Equal(EachKind + 1, await db.Agencies.CountAsync());
        Assert.Equal(EachKind, await db.Officers.CountAsync());
        Assert.Equal(EachKind, await db.StaffUsers.CountAsync());
        Assert.Equal(EachKind, await db.Requests.CountAsync());
        Assert.Equal(EachKind, await db.LedgerEvents.CountAsync(e => e.EventTypeId == LedgerEventTypes.StaffSignedIn.Id));
        Assert.True((await fixture.Harness.EventsAsync()).Count > before + (5 * EachKind));
        await integrator.IntegrateAsync();
        Assert.Equal(0, await db.LedgerEvents.CountAsync(e => e.LeafIndex == null));
    }
}
