using System.Globalization;
using Custos.Application.Agencies;
using Custos.Domain.Agencies;
using Custos.Domain.Requests;

namespace Custos.Web.Pages;

/// <summary>Plain English for agency types, verification states and methods, shared by the console and the portal.</summary>
public static class AgencyText
{
    public static string Type(AgencyType type) => type switch
    {
        AgencyType.Police => "Police",
        AgencyType.Prosecutor => "Prosecutor",
        AgencyType.Court => "Court",
        AgencyType.Fiu => "Financial intelligence unit",
        AgencyType.Regulator => "Regulator",
        AgencyType.Tax => "Tax authority",
        AgencyType.Intelligence => "Intelligence service",
        _ => "Other",
    };

    public static string Verification(AgencyVerification verification) => verification switch
    {
        AgencyVerification.VerifiedOutOfBand => "Verified out-of-band",
        AgencyVerification.DomainVerified => "Domain verified",
        AgencyVerification.Failed => "Verification failed",
        _ => "Not verified",
    };

    public static string Method(VerificationMethod method) => method switch
    {
        VerificationMethod.PublishedPhone => "Call to a published number",
        VerificationMethod.KnownContact => "Known contact",
        VerificationMethod.InPerson => "In person",
        VerificationMethod.OfficialLetter => "Official letter",
        VerificationMethod.DiplomaticChannel => "Diplomatic channel",
        _ => method.ToString(),
    };

    /// <summary>The country's English name and code, e.g. "Germany (DE)".</summary>
    public static string Country(string code)
    {
        try
        {
            return $"{new RegionInfo(code).EnglishName} ({code})";
        }
        catch (ArgumentException)
        {
            return code;
        }
    }

    public static string Instant(DateTimeOffset? instant) =>
        instant is { } value ? value.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "—";
}
