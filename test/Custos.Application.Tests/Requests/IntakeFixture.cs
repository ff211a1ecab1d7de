using Custos.Application.Common;
using Custos.Application.Requests;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Requests;
using Custos.Storage;
using Custos.Storage.Entities;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Application.Tests.Requests;

/// <summary>The application's real services over a fresh database, with a fake clock, for intake tests.</summary>
internal sealed class IntakeFixture : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private IntakeFixture(Harness harness, ServiceProvider services)
    {
        Harness = harness;
        _services = services;
    }

    public Harness Harness { get; }

    public FakeClock Clock => Harness.Clock;

    public static async Task<IntakeFixture> CreateAsync(string provider)
    {
        var harness = await Harness.CreateAsync(provider);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(harness.Clock);
        // The platform answering is a US entity, as in scenario 01 (a US subpoena to an EU entity would be redirected).
        services.AddSingleton(new IntakeOptions { ProviderCountry = "US" });
        services.AddCustosApplication(harness.Database.Settings, harness.Ledger);
        return new IntakeFixture(harness, services.BuildServiceProvider());
    }

    /// <summary>Runs <paramref name="use"/> in a new scope (a new unit of work), like one HTTP request.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = _services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    public Task<Result<IntakeReceipt>> SubmitAsync(IntakeSubmission submission) =>
        InScopeAsync(s => s.GetRequiredService<RequestIntake>().SubmitAsync(submission));

    public Task<Result<Domain.Lifecycle.RequestStatus>> WorkflowAsync(Func<RequestWorkflow, Task<Result<Domain.Lifecycle.RequestStatus>>> act) =>
        InScopeAsync(s => act(s.GetRequiredService<RequestWorkflow>()));

    public Task<RequestDetails?> DetailsAsync(string id) => InScopeAsync(s => s.GetRequiredService<RequestQueries>().GetAsync(id, Actor.CommandLine));

    /// <summary>Registers an agency directly in the registry.</summary>
    public async Task<string> AddAgencyAsync(string name, string country, AgencyType type, string domain, AgencyVerification verification, string flags = "")
    {
        await using var db = Harness.NewContext();
        var id = Ids.New("agy");
        var agency = new AgencyRecord
        {
            Id = id,
            Name = name,
            Country = country,
            Type = type,
            Verification = verification,
            ReputationFlags = flags,
            CreatedAt = Clock.GetUtcNow(),
            CreatedBy = "test",
        };
        agency.Domains.Add(new AgencyDomainRecord { Domain = domain, AgencyId = id });
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        return id;
    }

    public async Task SetVerificationAsync(string agencyId, AgencyVerification verification)
    {
        await using var db = Harness.NewContext();
        var agency = await db.Agencies.FirstAsync(a => a.Id == agencyId);
        agency.Verification = verification;
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Harness.DisposeAsync();
    }
}
