using Custos.Application.Access;
using Custos.Application.Agencies;
using Custos.Domain.Access;
using Custos.Domain.Agencies;
using Custos.Domain.Common;
using Custos.Domain.Requests;
using Custos.Domain.Staff;
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
        Trust = new TrustChanges(db, harness.Events, harness.Clock, Registry, Keys,
            new Custos.Application.Policy.PolicyStore(db, harness.Events, new Custos.Application.Policy.PolicyCache(), harness.Clock));
        SignIn = harness.NewOfficerSignIn(db);
    }

    public OfficerSignIn SignIn { get; }

    /// <summary>Central staff: an analyst who proposes, a compliance officer who approves (four eyes).</summary>
    public static readonly Actor Proposer = TestStaff.Analyst("usr_analyst");

    public static readonly Actor Approver = Actor.StaffMember("usr_compliance", [StaffRole.ComplianceOfficer], StaffRegion.Global);

    public AgencyRegistry Registry { get; }

    public OfficerAccounts Officers { get; }

    public ApiKeys Keys { get; }

    public TrustChanges Trust { get; }

    /// <summary>A trust decision proposed by one person and approved by a second, as the four-eyes rule needs.</summary>
    public async Task<TrustApproved> TwoPeopleAsync(Func<TrustChanges, Actor, Task<Result<TrustChangeView>>> propose, Actor? proposer = null, Actor? approver = null)
    {
        var proposed = await propose(Trust, proposer ?? Proposer);
        Assert.True(proposed.IsSuccess, string.Join("; ", proposed.Errors));
        var approved = await Trust.ApproveAsync(proposed.Value.Id, approver ?? Approver);
        Assert.True(approved.IsSuccess, string.Join("; ", approved.Errors));
        return approved.Value;
    }

    public async Task<RegisteredAgency> RegisterFbiAsync() =>
        (await Registry.RegisterAsync(new NewAgency("FBI New York", "US", AgencyType.Police, ["fbi.gov"]), Actor.CommandLine)).Value;

    public async Task<RegisteredOfficer> RegisterOfficerAsync(string agencyId, string email) =>
        (await Officers.RegisterAsync(new NewOfficer("Dana Whitfield", "Special Agent", email, null, Password, AgencyId: agencyId))).Value.Officer;

    public Task<TrustApproved> VerifyAsync(string agencyId, VerificationOutcome outcome = VerificationOutcome.Verified, Actor? proposer = null) =>
        TwoPeopleAsync((trust, actor) => trust.ProposeVerificationAsync(agencyId, outcome, VerificationMethod.PublishedPhone,
            "Called +1 212 384 1000, published at https://www.fbi.gov/contact-us/field-offices/newyork", actor), proposer);
}
