using Custos.Application.Common;
using Custos.Application.Customers.Import;
using Custos.Application.Staff;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Staff;
using Custos.Storage;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Demo;

/// <summary>
/// Seeds a demo platform on first run: one staff account per role (and a regional intake analyst, to show that regional
/// staff take in but never approve), each exempt from the second factor its role would require (ledgered), a few agencies in different states of verification with one active officer, plus
/// synthetic customers imported through the ordinary import. Idempotent: what exists is kept, and the credentials file
/// written on first run is read back on later runs.
/// </summary>
public sealed class DemoPlatformSeeder(CustosDbContext db, StaffAccounts staff, CustomerImport import, DemoAgencies agencies)
{
    public const string CredentialsFile = "demo-credentials.txt";

    private static readonly (string Role, string Username, string DisplayName, string Region)[] Accounts =
    [
        (StaffRole.IntakeAnalyst, "intake", "Ines Intake", StaffRegion.Global),
        (StaffRole.IntakeAnalyst, "intake-cis", "Ruslan Regional", "cis"),
        (StaffRole.LegalReviewer, "legal", "Lena Legal", StaffRegion.Global),
        (StaffRole.ComplianceOfficer, "compliance", "Colm Compliance", StaffRegion.Global),
        (StaffRole.PrivacyOfficer, "privacy", "Priya Privacy", StaffRegion.Global),
        (StaffRole.HumanRightsReviewer, "human-rights", "Hana Rights", StaffRegion.Global),
        (StaffRole.SeniorEscalation, "senior", "Sven Senior", StaffRegion.Global),
        (StaffRole.Administrator, "admin", "Ada Admin", StaffRegion.Global),
        (StaffRole.Auditor, "auditor", "Aude Auditor", StaffRegion.Global),
    ];

    /// <summary>Creates what is missing and returns the demo credentials.</summary>
    public async Task<Result<IReadOnlyList<DemoCredential>>> SeedAsync(
        string dataDirectory, int customers, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var credentialsPath = Path.Combine(dataDirectory, CredentialsFile);
        var credentials = new List<DemoCredential>();
        if (!await db.StaffUsers.AnyAsync(cancellationToken))
        {
            foreach (var account in Accounts)
            {
                var password = StaffAccounts.GeneratePassword(16);
                var created = await staff.CreateAsync(
                    new NewStaffMember(account.Username, account.DisplayName, $"{account.Username}@demo.custos.invalid", account.Region, [account.Role], password),
                    Actor.System, cancellationToken);
                if (!created.IsSuccess)
                {
                    return Result<IReadOnlyList<DemoCredential>>.Failure(created.Errors);
                }

                // So that anyone can try the console at once with the printed password (each can still enrol a factor).
                var exempted = await staff.ExemptFromSecondFactorAsync(account.Username, Actor.System, cancellationToken);
                if (!exempted.IsSuccess)
                {
                    return Result<IReadOnlyList<DemoCredential>>.Failure(exempted.Errors);
                }

                credentials.Add(new DemoCredential(account.Role, account.Username, password, account.Region));
            }

            await WriteCredentialsAsync(credentialsPath, credentials, FileMode.Create, cancellationToken);
        }

        if (!await db.Agencies.AnyAsync(cancellationToken))
        {
            var officer = await agencies.SeedAsync(dataDirectory, cancellationToken);
            if (!officer.IsSuccess)
            {
                return Result<IReadOnlyList<DemoCredential>>.Failure(officer.Errors);
            }

            await WriteCredentialsAsync(credentialsPath, [officer.Value], FileMode.Append, cancellationToken);
        }

        credentials = [.. await ReadCredentialsAsync(credentialsPath, cancellationToken)];

        if (customers > 0 && !await db.Customers.AnyAsync(cancellationToken))
        {
            var folder = Path.Combine(dataDirectory, "demo-customers");
            new DemoDataGenerator(new DemoDataOptions { CustomerCount = customers }).WriteDirectory(folder);
            var imported = await import.ImportAsync(folder, replaceAll: false, Actor.System, progress, cancellationToken);
            if (!imported.IsSuccess)
            {
                return Result<IReadOnlyList<DemoCredential>>.Failure(imported.Errors);
            }
        }

        return credentials;
    }

    private static async Task WriteCredentialsAsync(string path, IReadOnlyList<DemoCredential> credentials, FileMode mode, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        if (mode == FileMode.Create || !File.Exists(path))
        {
            lines.Add("# Custos demo accounts: role username password region. Demo only; never use in production.");
        }

        lines.AddRange(credentials.Select(c => string.Join(' ', c.Role, c.Username, c.Password, c.Region)));
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using var stream = new FileStream(path, options);
        await using var writer = new StreamWriter(stream);
        foreach (var line in lines)
        {
            await writer.WriteLineAsync(line.AsMemory(), cancellationToken);
        }
    }

    private static async Task<IReadOnlyList<DemoCredential>> ReadCredentialsAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var lines = await File.ReadAllLinesAsync(path, cancellationToken);
        return lines.Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' '))
            .Where(p => p.Length == 4)
            .Select(p => new DemoCredential(p[0], p[1], p[2], p[3]))
            .ToList();
    }
}
