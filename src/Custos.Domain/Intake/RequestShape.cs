using System.Globalization;
using Custos.Domain.Common;
using Custos.Domain.Requests;

namespace Custos.Domain.Intake;

/// <summary>
/// Bounds on what a submitted request may hold, whoever sends it: no missing list entries, text of a sensible length
/// without control characters or bidirectional overrides (which can make a reviewer read something other than what is
/// stored), a bounded number of targets, no negative penalty. Each error names the field.
/// </summary>
public static class RequestShape
{
    /// <summary>The most targets one request may name (a bulk target such as <c>counterparty-of-wallet</c> is one).</summary>
    public const int MaxTargets = 500;

    /// <summary>The longest single-line field (a reference, a name, an e-mail, a target value).</summary>
    public const int MaxLineLength = 200;

    /// <summary>The longest text field (a description, a legal basis, an account of an emergency).</summary>
    public const int MaxTextLength = 10_000;

    /// <summary>The highest maximum penalty in years a request may state.</summary>
    public const int MaxPenaltyYears = 200;

    /// <summary>Every problem with the shape of <paramref name="request"/>; empty when it is well-formed.</summary>
    public static IReadOnlyList<Error> Check(DataRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<Error>();
        Line(errors, "reference", request.Reference);
        Line(errors, "agency.name", request.Agency?.Name);
        Line(errors, "agency.email", request.Agency?.Email);
        Line(errors, "agency.domain", request.Agency?.Domain);
        if (request.Officer is { } officer)
        {
            Line(errors, "officer.name", officer.Name);
            Line(errors, "officer.title", officer.Title);
            Line(errors, "officer.email", officer.Email);
            Line(errors, "officer.phone", officer.Phone);
        }

        if (request.LegalProcess is { } process)
        {
            Line(errors, "legalProcess.reference", process.Reference);
            Line(errors, "legalProcess.issuer", process.Issuer);
            Text(errors, "legalProcess.legalBasis", process.LegalBasis);
            Line(errors, "legalProcess.viaCountry", process.ViaCountry);
            Each(errors, "legalProcess.documents", process.Documents, (document, field) =>
            {
                Line(errors, field + ".name", document.Name);
                Line(errors, field + ".sha256", document.Sha256);
            });
        }

        if (request.Offence is { } offence)
        {
            Text(errors, "offence.description", offence.Description);
            if (offence.MaxPenaltyYears is < 0 or > MaxPenaltyYears)
            {
                errors.Add(RequestErrors.FieldInvalid("offence.maxPenaltyYears", string.Create(CultureInfo.InvariantCulture,
                    $"The maximum penalty is a number of years from 0 to {MaxPenaltyYears}.")));
            }

            Each(errors, "offence.designations", offence.Designations, (designation, field) =>
            {
                Line(errors, field + ".list", designation.List);
                Line(errors, field + ".name", designation.Name);
            });
        }

        if (request.Targets.Count > MaxTargets)
        {
            errors.Add(RequestErrors.FieldInvalid("targets", string.Create(CultureInfo.InvariantCulture,
                $"A request names at most {MaxTargets} targets; to reach everyone who sent to an address use one counterparty-of-wallet target.")));
        }
        else
        {
            Each(errors, "targets", request.Targets, (target, field) => Line(errors, field + ".value", target.Value));
        }

        if (request.NonDisclosure is { } nonDisclosure)
        {
            Text(errors, "nonDisclosure.basis", nonDisclosure.Basis);
        }

        if (request.Emergency is { } emergency)
        {
            Text(errors, "emergency.threat", emergency.Threat);
            Text(errors, "emergency.personsAtRisk", emergency.PersonsAtRisk);
            Text(errors, "emergency.why-normal-process-too-slow", emergency.WhyNormalProcessTooSlow);
        }

        return errors;
    }

    /// <summary>Whether <paramref name="c"/> is a bidirectional embedding, override, isolate or mark.</summary>
    public static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';

    private static void Each<T>(List<Error> errors, string field, IReadOnlyList<T>? items, Action<T, string> check)
        where T : class
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]");
            if (items![i] is { } item)
            {
                check(item, path);
            }
            else
            {
                errors.Add(RequestErrors.FieldInvalid(path, "An entry of this list is null; remove it or give it."));
            }
        }
    }

    private static void Line(List<Error> errors, string field, string? value) => Check(errors, field, value, MaxLineLength, multiline: false);

    private static void Text(List<Error> errors, string field, string? value) => Check(errors, field, value, MaxTextLength, multiline: true);

    private static void Check(List<Error> errors, string field, string? value, int limit, bool multiline)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length > limit)
        {
            errors.Add(RequestErrors.FieldInvalid(field, string.Create(CultureInfo.InvariantCulture, $"At most {limit:N0} characters ({value.Length:N0} given).")));
        }
        else if (value.Any(IsBidiControl))
        {
            errors.Add(RequestErrors.FieldInvalid(field, "Holds a bidirectional control character (such as a right-to-left override), which can make text read differently from what it is; remove it."));
        }
        else if (value.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')))
        {
            errors.Add(RequestErrors.FieldInvalid(field, multiline
                ? "Holds a control character; only line breaks and tabs are allowed."
                : "Holds a control character (a line break or tab included); give it on one line."));
        }
    }
}
