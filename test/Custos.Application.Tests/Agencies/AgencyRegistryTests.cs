using Custos.Application.Agencies;
using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Domain.Agencies;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Domain.Requests;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Tests.Agencies;

public class AgencyRegistryTests
{
    [Theory, SqliteData, PostgresData]
    public async Task RegisterAsync_ValidAgency_StoresLowerCaseDomainsAndRecordsAnEvent(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var services = new AgencyServices(harness, db);

        var result = await services.Registry.RegisterAsync(
            new NewAgency(" Bundeskriminalamt ", "de", AgencyType.Police, ["BKA.de", "bka.de", "bka.bund.de"]), Actor.CommandLine);

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        Assert.Equal("Bundeskriminalamt", result.Value.Name);
        Assert.Equal("DE", result.Value.Country);
        Assert.Equal(AgencyVerification.None, result.Value.Verification);
        Assert.Equal(["bka.bund.de", "bka.de"], result.Value.Domains);
        Assert.StartsWith("agy_", result.Value.Id, StringComparison.Ordinal);
        await using var check = harness.NewContext();
        var stored = await check.Agencies.AsNoTracking().SingleAsync();
        Assert.Equal(("police", "none", "cli"), (KebabCase.Format(stored.Type), KebabCase.Format(stored.Verification), stored.CreatedBy));
        Assert.Equal(["bka.bund.de", "bka.de"], await check.AgencyDomains.Select(d => d.Domain).OrderBy(d => d).ToListAsync());
        var registered = Assert.Single(await harness.EventsAsync());
        Assert.Equal(LedgerEventTypes.AgencyRegistered.Id, registered.EventTypeId);
        Assert.Equal("agency:" + result.Value.Id, registered.Subject);
    }

    [Theory, SqliteData]
    public async Task RegisterAsync_EverythingWrong_NamesEachFieldAndWritesNothing(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var services = new AgencyServices(harness, db);

        var result = await services.Registry.RegisterAsync(
            new NewAgency(" ", "Germany", (AgencyType)42, ["not a domain", "gmail.com", "mail.yahoo.co.uk"]), Actor.CommandLine);

        Assert.Equal(
            [("agency.name-missing", "name"), ("agency.country-invalid", "country"), ("agency.type-invalid", "type"),
             ("agency.domain-invalid", "domains"), ("agency.domain-free-mail", "domains"), ("agency.domain-free-mail", "domains")],
            result.Errors.Select(e => (e.Code, e.Field)));
        Assert.Equal("agency.domain-missing", (await services.Registry.RegisterAsync(new NewAgency("X", "US", AgencyType.Police, []), Actor.System)).Error.Code);
        Assert.Equal(0, await db.Agencies.CountAsync());
        Assert.Empty(await harness.EventsAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task RegisterAsync_DomainOfAnotherAgency_IsRefusedNamingTheDomain(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var services = new AgencyServices(harness, db);
        var fbi = await services.RegisterFbiAsync();
        var other = (await services.Registry.RegisterAsync(new NewAgency("Other", "US", AgencyType.Police, ["other.gov"]), Actor.System)).Value;

        var again = await services.Registry.RegisterAsync(new NewAgency("Fake FBI", "US", AgencyType.Police, ["FBI.GOV"]), Actor.System);
        var added = await services.Registry.AddDomainAsync(other.Id, "fbi.gov", Actor.System);
        var own = await services.Registry.AddDomainAsync(fbi.Id, "ic.fbi.gov", Actor.System);

        Assert.Equal(("agency.domain-taken", "domains"), (again.Error.Code, again.Error.Field));
        Assert.Contains("fbi.gov", again.Error.Message, StringComparison.Ordinal);
        Assert.Equal("agency.domain-taken", added.Error.Code);
        Assert.Equal(["fbi.gov", "ic.fbi.gov"], own.Value.Domains);
        Assert.Equal(fbi.Id, (await services.Registry.FindByDomainAsync("IC.FBI.GOV"))?.Id);
        Assert.Null(await services.Registry.FindByDomainAsync("field.fbi.gov"));
        Assert.Equal(2, await db.Agencies.CountAsync());
        Assert.Contains(await harness.EventsAsync(), e => e.EventTypeId == LedgerEventTypes.AgencyDomainAdded.Id && e.Subject == "agency:" + fbi.Id);
    }

    [Theory, SqliteData, PostgresData]
    public async Task RecordVerificationAsync_Verified_ActivatesPendingOfficersAndLedgersEachInOneTransaction(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var services = new AgencyServices(harness, db);
        var fbi = await services.RegisterFbiAsync();
        var bka = (await services.Registry.RegisterAsync(new NewAgency("BKA", "DE", AgencyType.Police, ["bka.de"]), Actor.System)).Value;
        var dana = await services.RegisterOfficerAsync(fbi.Id, "dana@fbi.gov");
        var sam = await services.RegisterOfficerAsync(fbi.Id, "sam@fbi.gov");
        var klaus = await services.RegisterOfficerAsync(bka.Id, "klaus@bka.de");
        Assert.Equal(OfficerStatus.Pending, dana.Status);
        harness.Clock.Advance(TimeSpan.FromHours(2));

        var result = await services.VerifyAsync(fbi.Id, proposer: TestStaff.Analyst("usr_ines"));

        Assert.Equal(new[] { dana.Id, sam.Id }.Order(StringComparer.Ordinal), result.ActivatedOfficerIds.Order(StringComparer.Ordinal));
        Assert.Equal(AgencyVerification.VerifiedOutOfBand, result.Agency!.Verification);
        await using var check = harness.NewContext();
        var agency = await check.Agencies.AsNoTracking().SingleAsync(a => a.Id == fbi.Id);
        Assert.Equal(("verified-out-of-band", "published-phone", "staff:usr_ines"), (KebabCase.Format(agency.Verification), agency.VerificationMethod is { } method ? KebabCase.Format(method) : null, agency.VerifiedBy));
        Assert.Equal(harness.Clock.Now, agency.VerifiedAt);
        Assert.Contains("+1 212 384 1000", agency.VerificationNote, StringComparison.Ordinal);
        var statuses = await check.Officers.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Status);
        Assert.Equal(OfficerStatus.Active, statuses[dana.Id]);
        Assert.Equal(OfficerStatus.Active, statuses[sam.Id]);
        Assert.Equal(OfficerStatus.Pending, statuses[klaus.Id]);
        var events = await harness.EventsAsync();
        var verification = Assert.Single(events, e => e.EventTypeId == LedgerEventTypes.AgencyVerificationRecorded.Id);
        Assert.Equal("agency:" + fbi.Id, verification.Subject);
        Assert.Equal("staff:usr_ines", verification.Actor);
        Assert.Contains("published-phone", verification.Details, StringComparison.Ordinal);
        var activations = events.Where(e => e.EventTypeId == LedgerEventTypes.OfficerActivated.Id).ToList();
        Assert.Equal(new[] { "officer:" + dana.Id, "officer:" + sam.Id }.Order(StringComparer.Ordinal), activations.Select(e => e.Subject).Order(StringComparer.Ordinal));
        Assert.All(activations, e => Assert.Equal("agency:" + fbi.Id, e.References));
        Assert.All(activations, e => Assert.Equal(verification.OccurredAt, e.OccurredAt));
    }

    [Theory, SqliteData]
    public async Task RecordVerificationAsync_NoNote_IsRefusedNamingTheNote(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var services = new AgencyServices(harness, db);
        var fbi = await services.RegisterFbiAsync();

        var result = await services.Registry.RecordVerificationAsync(fbi.Id, VerificationOutcome.Verified, VerificationMethod.KnownContact, "  ", Actor.System);
        var missing = await services.Registry.RecordVerificationAsync("agy_missing", VerificationOutcome.Verified, VerificationMethod.KnownContact, "note", Actor.System);

        Assert.Equal(("agency.note-missing", "note"), (result.Error.Code, result.Error.Field));
        Assert.Equal("agency.not-found", missing.Error.Code);
        Assert.Equal(AgencyVerification.None, (await services.Registry.GetAsync(fbi.Id))!.Verification);
    }

    [Theory, SqliteData, PostgresData]
    public async Task FlagAndClearReputation_ChangeTheFlagsAndAreLedgered(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var services = new AgencyServices(harness, db);
        var fbi = await services.RegisterFbiAsync();

        var flagged = await services.Registry.FlagReputationAsync(fbi.Id, "earlier-fraud", "Fake emergency request from a compromised mailbox, 2025-03", Actor.System);
        var spoofed = await services.Registry.FlagReputationAsync(fbi.Id, "spoofed-domain", "Look-alike fbi-gov.com seen", Actor.System);
        var twice = await services.Registry.FlagReputationAsync(fbi.Id, "earlier-fraud", "again", Actor.System);
        var invalid = await services.Registry.FlagReputationAsync(fbi.Id, "Earlier Fraud", "x", Actor.System);
        var cleared = await services.Registry.ClearReputationAsync(fbi.Id, "earlier-fraud", "Mailbox secured; confirmed by phone", Actor.System);
        var notSet = await services.Registry.ClearReputationAsync(fbi.Id, "forged-documents", "x", Actor.System);

        Assert.Equal(["earlier-fraud"], flagged.Value.ReputationFlags);
        Assert.Equal(["earlier-fraud", "spoofed-domain"], spoofed.Value.ReputationFlags);
        Assert.Equal("agency.already-flagged", twice.Error.Code);
        Assert.Equal(("agency.flag-invalid", "flag"), (invalid.Error.Code, invalid.Error.Field));
        Assert.Equal(["spoofed-domain"], cleared.Value.ReputationFlags);
        Assert.Equal("agency.flag-not-set", notSet.Error.Code);
        await using var check = harness.NewContext();
        Assert.Equal("spoofed-domain", (await check.Agencies.AsNoTracking().SingleAsync()).ReputationFlags);
        var types = (await harness.EventsAsync()).Select(e => e.EventTypeId).ToList();
        Assert.Equal(2, types.Count(t => t == LedgerEventTypes.AgencyReputationFlagged.Id));
        Assert.Equal(1, types.Count(t => t == LedgerEventTypes.AgencyReputationCleared.Id));
    }

    [Theory, SqliteData]
    public async Task ListAsync_Filters_ByCountryTypeVerificationAndText(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var services = new AgencyServices(harness, db);
        var fbi = await services.RegisterFbiAsync();
        await services.Registry.RegisterAsync(new NewAgency("Rosfinmonitoring", "RU", AgencyType.Fiu, ["fedsfm.ru"]), Actor.System);
        await services.RegisterOfficerAsync(fbi.Id, "dana@fbi.gov");
        await services.VerifyAsync(fbi.Id);

        Assert.Equal(["RU", "US"], (await services.Registry.ListAsync()).Select(a => a.Country));
        Assert.Equal("Rosfinmonitoring", Assert.Single(await services.Registry.ListAsync(new AgencyFilter(Type: AgencyType.Fiu))).Name);
        Assert.Equal(1, Assert.Single(await services.Registry.ListAsync(new AgencyFilter(Country: "us"))).OfficerCount);
        Assert.Equal(fbi.Id, Assert.Single(await services.Registry.ListAsync(new AgencyFilter(Verification: AgencyVerification.VerifiedOutOfBand))).Id);
        Assert.Equal("RU", Assert.Single(await services.Registry.ListAsync(new AgencyFilter(Text: "FEDSFM"))).Country);
    }
}
