using Custos.Domain.Agencies;
using Custos.Domain.Common;
using Custos.Storage;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Custos.Cli.Tests;

/// <summary><c>custos agencies …</c> and <c>custos officers …</c> against a fresh data folder.</summary>
[Collection("console")]
public class AgenciesCommandTests
{
    [Fact]
    public async Task AgenciesAddListVerify_RegistersAndVerifiesByDomain()
    {
        var data = TestEnvironment.NewTempDirectory("cli");

        var (added, addOutput, addErrors) = await CliRun.RunAsync(
            ["agencies", "add", "--data", data, "--name", "Bundeskriminalamt", "--country", "de", "--type", "police", "--domain", "BKA.de", "--domain", "bka.bund.de"]);
        var (verified, verifyOutput, verifyErrors) = await CliRun.RunAsync(
            ["agencies", "verify", "bka.de", "--data", data, "--method", "known-contact", "--note", "Liaison officer, switchboard +49 611 55-0 (www.bka.de)"]);
        var (listed, listOutput, _) = await CliRun.RunAsync(["agencies", "list", "--data", data]);

        Assert.True(added == 0, addErrors);
        Assert.Contains("agy_", addOutput, StringComparison.Ordinal);
        Assert.True(verified == 0, verifyErrors);
        Assert.Contains("verified-out-of-band", verifyOutput, StringComparison.Ordinal);
        Assert.Equal(0, listed);
        Assert.Contains("Bundeskriminalamt", listOutput, StringComparison.Ordinal);
        Assert.Contains("bka.bund.de", listOutput, StringComparison.Ordinal);
        await using var db = new CustosDatabase(DatabaseSettings.ForDataDirectory(data)).CreateContext();
        var agency = await db.Agencies.AsNoTracking().SingleAsync();
        Assert.Equal(("DE", "verified-out-of-band", "known-contact", "cli"), (agency.Country, KebabCase.Format(agency.Verification), agency.VerificationMethod is { } method ? KebabCase.Format(method) : null, agency.VerifiedBy));
        Assert.Equal(["agency.registered", "agency.verification-recorded"], await db.LedgerEvents.Where(e => e.EventTypeId > 3000).OrderBy(e => e.Id).Select(e => e.EventType).ToListAsync());
    }

    [Fact]
    public async Task AgenciesVerifyFailed_ThenKey_IsRefused()
    {
        var data = TestEnvironment.NewTempDirectory("cli");
        await CliRun.RunAsync(["agencies", "add", "--data", data, "--name", "Fake Police", "--country", "US", "--type", "police", "--domain", "police.fake.example"]);

        var (failed, failedOutput, _) = await CliRun.RunAsync(
            ["agencies", "verify", "police.fake.example", "--data", data, "--failed", "--method", "published-phone", "--note", "The number on the city website knows no such officer"]);
        var (key, _, keyErrors) = await CliRun.RunAsync(["agencies", "key", "police.fake.example", "--data", data, "--name", "records"]);

        Assert.Equal(0, failed);
        Assert.Contains("failed", failedOutput, StringComparison.Ordinal);
        Assert.NotEqual(0, key);
        Assert.Contains("apikeys.agency-failed", keyErrors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agencies_BadInput_FailsNamingTheFieldAndWritesNothing()
    {
        var data = TestEnvironment.NewTempDirectory("cli");

        var (freeMail, _, freeMailErrors) = await CliRun.RunAsync(
            ["agencies", "add", "--data", data, "--name", "X", "--country", "US", "--type", "police", "--domain", "gmail.com"]);
        var (badType, _, badTypeErrors) = await CliRun.RunAsync(
            ["agencies", "add", "--data", data, "--name", "X", "--country", "US", "--type", "cia", "--domain", "x.example"]);
        var (unknown, _, unknownErrors) = await CliRun.RunAsync(
            ["agencies", "verify", "nowhere.example", "--data", data, "--method", "in-person", "--note", "n"]);
        var (unknownFlag, _, unknownFlagErrors) = await CliRun.RunAsync(
            ["agencies", "flag", "nowhere.example", "earlier-fraud", "--data", data, "--note", "n"]);

        Assert.Equal(2, freeMail);
        Assert.Contains("agency.domain-free-mail (domains)", freeMailErrors, StringComparison.Ordinal);
        Assert.Equal(2, badType);
        Assert.Contains("agency.type-invalid (type)", badTypeErrors, StringComparison.Ordinal);
        Assert.NotEqual(0, unknown);
        Assert.Contains("agency.not-found", unknownErrors, StringComparison.Ordinal);
        Assert.NotEqual(0, unknownFlag);
        Assert.Contains("agency.not-found", unknownFlagErrors, StringComparison.Ordinal);
        await using var db = new CustosDatabase(DatabaseSettings.ForDataDirectory(data)).CreateContext();
        Assert.Equal(0, await db.Agencies.CountAsync());
    }

    [Fact]
    public async Task OfficersListAndActivate_PendingOfficerOfAnUnverifiedAgency_IsListedButNotActivated()
    {
        var data = TestEnvironment.NewTempDirectory("cli");
        await CliRun.RunAsync(["agencies", "add", "--data", data, "--name", "FBI", "--country", "US", "--type", "police", "--domain", "fbi.gov"]);
        await using (var db = new CustosDatabase(DatabaseSettings.ForDataDirectory(data)).CreateContext())
        {
            var agency = await db.Agencies.SingleAsync();
            db.Officers.Add(new Storage.Entities.OfficerRecord
            {
                Id = "off_test", AgencyId = agency.Id, Name = "Dana Whitfield", Email = "dana@fbi.gov", PasswordHash = "x", Status = OfficerStatus.Pending,
                CreatedAt = DateTimeOffset.UnixEpoch,
            });
            await db.SaveChangesAsync();
        }

        var (listed, output, _) = await CliRun.RunAsync(["officers", "list", "--agency", "fbi.gov", "--data", data]);
        var (activated, _, activateErrors) = await CliRun.RunAsync(["officers", "activate", "off_test", "--data", data]);

        Assert.Equal(0, listed);
        Assert.Contains("dana@fbi.gov", output, StringComparison.Ordinal);
        Assert.Contains("pending", output, StringComparison.Ordinal);
        Assert.NotEqual(0, activated);
        Assert.Contains("officer.agency-not-verified", activateErrors, StringComparison.Ordinal);
    }
}
