using Custos.Application.Agencies;
using Custos.Application.Common;
using Custos.Application.Staff;
using Custos.Domain.Access;
using Custos.Domain.Agencies;
using Custos.Domain.Common;
using Custos.Domain.Requests;

namespace Custos.Application.Demo;

/// <summary>
/// The demo's agency registry: agencies in each state an analyst meets (verified by a published number, verified through
/// a known contact, never verified, flagged for earlier fraud) and one active officer of the verified US agency, whose
/// office has a registered certificate (RSA 3,072) so that a demo production can be released to it: the private key is
/// written next to the demo credentials (<see cref="AgencyKeyFile"/>) for <c>custos package verify --key</c>.
/// </summary>
public sealed class DemoAgencies(AgencyRegistry registry, OfficerAccounts officers)
{
    /// <summary>The role shown for the demo officer in the accounts table and the credentials file.</summary>
    public const string OfficerRole = "agency-officer";

    /// <summary>Where the demo officer signs in (shown in the accounts table's region column).</summary>
    public const string OfficerRegion = "portal";

    public const string OfficerEmail = "dana.whitfield@fbi.gov";

    /// <summary>The demo FBI office's private key (PKCS #8 PEM), in the data folder.</summary>
    public const string AgencyKeyFile = "demo-agency-fbi-key.pem";

    /// <summary>Registers the agencies and the officer; returns the officer's sign-in. The FBI office's key goes to <paramref name="dataDirectory"/>.</summary>
    public async Task<Result<DemoCredential>> SeedAsync(string dataDirectory, CancellationToken cancellationToken = default)
    {
        var actor = Actor.System;
        var fbi = await registry.RegisterAsync(
            new NewAgency("Federal Bureau of Investigation, New York Field Office", "US", AgencyType.Police, ["fbi.gov", "ic.fbi.gov"]), actor, cancellationToken);
        var bka = await registry.RegisterAsync(new NewAgency("Bundeskriminalamt (BKA)", "DE", AgencyType.Police, ["bka.de", "bka.bund.de"]), actor, cancellationToken);
        var rosfin = await registry.RegisterAsync(
            new NewAgency("Federal Financial Monitoring Service (Rosfinmonitoring)", "RU", AgencyType.Fiu, ["fedsfm.ru"]), actor, cancellationToken);
        var springfield = await registry.RegisterAsync(
            new NewAgency("Springfield Police Department", "US", AgencyType.Police, ["police.springfield.example"]), actor, cancellationToken);
        var registrationErrors = new[] { fbi, bka, rosfin, springfield }.SelectMany(r => r.Errors).ToList();
        if (registrationErrors.Count > 0)
        {
            return Result<DemoCredential>.Failure(registrationErrors);
        }

        var password = StaffAccounts.GeneratePassword(16);
        var officer = await officers.RegisterAsync(
            new NewOfficer("Dana Whitfield", "Special Agent", OfficerEmail, "+1 212 384 1000", password, AgencyId: fbi.Value.Id), cancellationToken);
        if (!officer.IsSuccess)
        {
            return Result<DemoCredential>.Failure(officer.Errors);
        }

        // Verifying the FBI office activates its pending officer.
        var fbiVerified = await registry.RecordVerificationAsync(fbi.Value.Id, VerificationOutcome.Verified, VerificationMethod.PublishedPhone,
            "Called +1 212 384 1000, the New York Field Office number published at https://www.fbi.gov/contact-us/field-offices/newyork; the duty agent confirmed Special Agent Whitfield and her address.",
            "+1 212 384 1000", actor, cancellationToken);
        var bkaVerified = await registry.RecordVerificationAsync(bka.Value.Id, VerificationOutcome.Verified, VerificationMethod.KnownContact,
            "Confirmed with the BKA's cybercrime liaison officer, known to the compliance team from earlier verified requests, through the switchboard +49 611 55-0 published at https://www.bka.de.",
            "+49 611 55-0", actor, cancellationToken);
        var flagged = await registry.FlagReputationAsync(springfield.Value.Id, ReputationFlags.EarlierFraud,
            "In 2025 two emergency requests came from a compromised mailbox of this department (confirmed by its records unit by phone). Confirm every request by the published number.",
            actor, cancellationToken);
        var certificate = await registry.RegisterCertificateAsync(fbi.Value.Id, DemoCertificate(dataDirectory), actor, cancellationToken);
        var problems = fbiVerified.Errors.Concat(bkaVerified.Errors).Concat(flagged.Errors).Concat(certificate.Errors).ToList();
        if (problems.Count > 0)
        {
            return Result<DemoCredential>.Failure(problems);
        }

        return new DemoCredential(OfficerRole, OfficerEmail, password, OfficerRegion);
    }

    /// <summary>A self-signed certificate for the demo FBI office (a real agency registers its own); its key is written to the data folder.</summary>
    private static string DemoCertificate(string dataDirectory)
    {
        using var key = System.Security.Cryptography.RSA.Create(3072);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest(
            "CN=Federal Bureau of Investigation New York Field Office (Custos demo), O=Custos demo, C=US", key,
            System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new System.Security.Cryptography.X509Certificates.X509KeyUsageExtension(
            System.Security.Cryptography.X509Certificates.X509KeyUsageFlags.KeyEncipherment, critical: true));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(2));
        Directory.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, AgencyKeyFile);
        File.WriteAllText(path, key.ExportPkcs8PrivateKeyPem());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return certificate.ExportCertificatePem();
    }
}
