using System.Globalization;
using Custos.Domain.Common;

namespace Custos.Application.Agencies;

/// <summary>The checks and normal forms of what people type about agencies: countries, domains, notes.</summary>
public static class AgencyInput
{
    /// <summary>The stored form of an ISO 3166-1 alpha-2 code (upper case), or null when it names no country.</summary>
    public static string? NormaliseCountry(string? country)
    {
        var code = (country ?? string.Empty).Trim().ToUpperInvariant();
        if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
        {
            return null;
        }

        try
        {
            return new RegionInfo(code).TwoLetterISORegionName == code ? code : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The stored forms of <paramref name="domains"/>, without repeats; adds an error for each domain that is malformed or free mail.</summary>
    internal static List<string> CheckDomains(IReadOnlyList<string>? domains, List<Error> errors)
    {
        var result = new List<string>();
        var given = (domains ?? []).Where(d => !string.IsNullOrWhiteSpace(d)).ToList();
        if (given.Count == 0)
        {
            errors.Add(AgencyErrors.DomainMissing);
            return result;
        }

        foreach (var domain in given)
        {
            var normalised = DomainNames.Normalise(domain);
            if (normalised is null)
            {
                errors.Add(AgencyErrors.DomainInvalid(domain.Trim()));
            }
            else if (FreeMailDomains.IsFreeMail(normalised))
            {
                errors.Add(AgencyErrors.DomainFreeMail(normalised));
            }
            else if (!result.Contains(normalised, StringComparer.Ordinal))
            {
                result.Add(normalised);
            }
        }

        return result;
    }

    /// <summary>The trimmed note, or null with an error added when it is empty or too long.</summary>
    internal static string? CheckNote(string? note, List<Error> errors)
    {
        var trimmed = (note ?? string.Empty).Trim();
        if (trimmed.Length is 0 or > AgencyRegistry.MaxNoteLength)
        {
            errors.Add(AgencyErrors.NoteMissing);
            return null;
        }

        return trimmed;
    }

    /// <summary>A published telephone number, normalised to <c>+</c> and digits; null when none is given.</summary>
    internal static string? CheckPhone(string? phone, List<Error> errors)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var normalised = Domain.Decisions.EmergencyRules.NormalisePhone(phone);
        if (normalised is null)
        {
            errors.Add(Error.Invalid(
                "agencies.phone-invalid", "A telephone number is digits with an optional leading + (spaces, dashes, dots and brackets are ignored), 3 to 20 digits.", "phone"));
        }

        return normalised;
    }
}
