using Custos.Application.Access;
using Custos.Application.Agencies;
using Custos.Domain.Access;
using Custos.Domain.Agencies;
using Custos.Domain.Requests;
using Custos.Storage;
using Custos.TestSupport;

namespace Custos.Application.Tests.Agencies;

/// <summary>The agency use cases on one unit of work of a harness.</summary>
internal sealed class AgencyServices
{
    public const string Password = "a long enough password";

    public AgencyServices(Harness harness, CustosDbContext db)
    {
        Registry = new AgencyRegistry(db, harness.Events, harness.Clock);
        Officers = new OfficerAccounts(db, harness.Events, harness.Clock, Registry);
        Keys = new ApiKeys(db, harness.Events, harness.Clock);
        SignIn = harness.NewOfficerSignIn(db);
    }

    public OfficerSignIn SignIn { get; }

    public AgencyRegistry Registry { get; }

    public OfficerAccounts Officers { get; }

    public ApiKeys Keys { get; }

    public async Task<RegisteredAgency> RegisterFbiAsync() =>
        (await Registry.RegisterAsync(new NewAgency("FBI New York", "US", AgencyType.Police, ["fbi.gov"]), Actor.CommandLine)).Value;

    public async Task<RegisteredOfficer> RegisterOfficerAsync(string agencyId, string email) =>
        (await Officers.RegisterAsync(new NewOfficer("Dana Whitfield", "Special Agent", email, null, Password, AgencyId: agencyId))).Value.Officer;

    public async Task VerifyAsync(string agencyId, VerificationOutcome outcome = VerificationOutcome.Verified) =>
        Assert.True((await Registry.RecordVerificationAsync(agencyId, outcome, VerificationMethod.PublishedPhone,
            "Called +1 212 384 1000, published at https://www.fbi.gov/contact-us/field-offices/newyork", TestStaff.Analyst("usr_analyst"))).IsSuccess);
}
