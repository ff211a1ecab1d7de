using System.Globalization;
using Custos.Domain.Common;
using Custos.Domain.Requests;

namespace Custos.Web.Pages.Shared;

/// <summary>
/// The request form shared by the agency portal and the analyst's paper-order entry. It produces the same interchange
/// format as the API; errors name the form field so the page can show them next to it and keep everything typed.
/// </summary>
public sealed class RequestFormInput
{
    public string? Reference { get; set; }
    public string Kind { get; set; } = "production";

    // Analyst entry only: how and when the paper order came, and who sent it when the agency is not registered.
    public string? Channel { get; set; }
    public string? ReceivedAt { get; set; }
    public string? AgencyId { get; set; }
    public string? AgencyName { get; set; }
    public string? AgencyCountry { get; set; }
    public string? AgencyType { get; set; }
    public string? AgencyDomain { get; set; }
    public string? OfficerName { get; set; }
    public string? OfficerTitle { get; set; }
    public string? OfficerEmail { get; set; }
    public string? OfficerPhone { get; set; }

    public string LegalProcessType { get; set; } = "none";
    public string? LegalProcessReference { get; set; }
    public string? Issuer { get; set; }
    public string? IssuedOn { get; set; }
    public bool IsSigned { get; set; }
    public string? LegalBasis { get; set; }
    public string? ViaCountry { get; set; }

    public string? OffenceDescription { get; set; }
    public List<string> OffenceCategories { get; set; } = [];
    public int? MaxPenaltyYears { get; set; }
    /// <summary>The designations relied on, one row each (list and name); empty rows are ignored.</summary>
    public List<DesignationRow> Designations { get; set; } = [];

    /// <summary>The targets, one row each (type, value, role); empty rows are ignored.</summary>
    public List<TargetRow> Targets { get; set; } = [];
    public List<string> DataCategories { get; set; } = [];
    public string? DateFrom { get; set; }
    public string? DateTo { get; set; }
    public string? Deadline { get; set; }

    public bool NonDisclosureRequired { get; set; }
    public string? NonDisclosureBasis { get; set; }
    public string? NonDisclosureUntil { get; set; }
    public bool TippingOff { get; set; }

    public string? EmergencyThreat { get; set; }
    public string? EmergencyPersonsAtRisk { get; set; }
    public string? EmergencyWhyUrgent { get; set; }

    public static IReadOnlyList<string> Kinds { get; } = Names<RequestKind>();
    public static IReadOnlyList<string> ProcessTypes { get; } = Names<LegalProcessType>();
    public static IReadOnlyList<string> OffenceCategoryNames { get; } = Names<OffenceCategory>();
    public static IReadOnlyList<string> DataCategoryNames { get; } = Names<DataCategory>();
    public static IReadOnlyList<string> AgencyTypes { get; } = Names<Domain.Requests.AgencyType>();
    public static IReadOnlyList<string> PaperChannels { get; } = ["post", "email", "in-person", "phone"];
    public static IReadOnlyList<string> TargetTypeNames { get; } = Names<TargetType>();
    public static IReadOnlyList<string> TargetRoleNames { get; } = Names<TargetRole>();

    /// <summary>The request the form describes, or every error found (each naming its form field).</summary>
    /// <param name="receivedAt">When the request was received (the portal: now; the analyst: from the form).</param>
    /// <param name="channel">The channel (the portal: portal; the analyst: from the form).</param>
    public Result<DataRequest> ToRequest(DateTimeOffset receivedAt, RequestChannel channel)
    {
        var errors = new List<Error>();
        var kind = Parse<RequestKind>(Kind, nameof(Kind), errors);
        var processType = Parse<Domain.Requests.LegalProcessType>(LegalProcessType, nameof(LegalProcessType), errors);
        var request = new DataRequest
        {
            Reference = Clean(Reference),
            ReceivedAt = receivedAt,
            Channel = channel,
            Kind = kind,
            Agency = new Agency
            {
                Name = Clean(AgencyName),
                Country = Clean(AgencyCountry)?.ToUpperInvariant(),
                Type = string.IsNullOrWhiteSpace(AgencyType) ? Domain.Requests.AgencyType.Other : Parse<Domain.Requests.AgencyType>(AgencyType, nameof(AgencyType), errors),
                Domain = Clean(AgencyDomain)?.ToLowerInvariant(),
                Email = Clean(OfficerEmail),
            },
            Officer = Clean(OfficerName) is null && Clean(OfficerEmail) is null ? null
                : new Officer { Name = Clean(OfficerName), Title = Clean(OfficerTitle), Email = Clean(OfficerEmail), Phone = Clean(OfficerPhone) },
            LegalProcess = new LegalProcess
            {
                Type = processType,
                Reference = Clean(LegalProcessReference),
                Issuer = Clean(Issuer),
                IssuedOn = Date(IssuedOn, nameof(IssuedOn), errors),
                Signed = IsSigned,
                LegalBasis = Clean(LegalBasis),
                ViaCountry = Clean(ViaCountry)?.ToUpperInvariant(),
            },
            Offence = Clean(OffenceDescription) is null && OffenceCategories.Count == 0 && !Designations.Any(d => !d.IsEmpty) ? null : new Offence
            {
                Description = Clean(OffenceDescription),
                Categories = OffenceCategories.Select(c => Parse<OffenceCategory>(c, nameof(OffenceCategories), errors)).Distinct().ToArray(),
                MaxPenaltyYears = MaxPenaltyYears,
                Designations = ParseDesignations(errors),
            },
            Targets = ParseTargets(errors),
            DataCategories = DataCategories.Select(c => Parse<DataCategory>(c, nameof(DataCategories), errors)).Distinct().ToArray(),
            DateRange = Clean(DateFrom) is null && Clean(DateTo) is null ? null
                : new DateRange { From = Date(DateFrom, nameof(DateFrom), errors), To = Date(DateTo, nameof(DateTo), errors) },
            Deadline = Date(Deadline, nameof(Deadline), errors) is { } due ? new DateTimeOffset(due.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            NonDisclosure = NonDisclosureRequired || TippingOff
                ? new NonDisclosure { Required = true, Basis = Clean(NonDisclosureBasis), Until = Date(NonDisclosureUntil, nameof(NonDisclosureUntil), errors), TippingOff = TippingOff }
                : null,
            Emergency = Clean(EmergencyThreat) is null && Clean(EmergencyPersonsAtRisk) is null && Clean(EmergencyWhyUrgent) is null ? null
                : new EmergencyDetails { Threat = Clean(EmergencyThreat), PersonsAtRisk = Clean(EmergencyPersonsAtRisk), WhyNormalProcessTooSlow = Clean(EmergencyWhyUrgent) },
        };
        return errors.Count > 0 ? Result<DataRequest>.Failure(errors) : request;
    }

    /// <summary>The form field an error of the interchange format (a JSON path or a document index) belongs to.</summary>
    public static string FieldFor(string? field) => field switch
    {
        null => string.Empty,
        _ when FormFields.TryGetValue(field, out var formField) => formField,
        _ when field.StartsWith("targets", StringComparison.Ordinal) => nameof(Targets),
        _ when field.StartsWith("offence.designations", StringComparison.Ordinal) => nameof(Designations),
        _ when field.StartsWith("documents", StringComparison.Ordinal) || field.StartsWith("legalProcess.documents", StringComparison.Ordinal) => "Documents",
        _ => field,
    };

    private static readonly Dictionary<string, string> FormFields = new(StringComparer.Ordinal)
    {
        ["reference"] = nameof(Reference),
        ["kind"] = nameof(Kind),
        ["receivedAt"] = nameof(ReceivedAt),
        ["channel"] = nameof(Channel),
        ["agency"] = nameof(AgencyId),
        ["agency.name"] = nameof(AgencyName),
        ["agency.email"] = nameof(OfficerEmail),
        ["agency.domain"] = nameof(AgencyDomain),
        ["officer.name"] = nameof(OfficerName),
        ["officer.title"] = nameof(OfficerTitle),
        ["officer.email"] = nameof(OfficerEmail),
        ["officer.phone"] = nameof(OfficerPhone),
        ["legalProcess.reference"] = nameof(LegalProcessReference),
        ["legalProcess.issuer"] = nameof(Issuer),
        ["legalProcess.issuedOn"] = nameof(IssuedOn),
        ["legalProcess.legalBasis"] = nameof(LegalBasis),
        ["legalProcess.viaCountry"] = nameof(ViaCountry),
        ["offence.description"] = nameof(OffenceDescription),
        ["offence.maxPenaltyYears"] = nameof(MaxPenaltyYears),
        ["dateRange.from"] = nameof(DateFrom),
        ["dateRange.to"] = nameof(DateTo),
        ["nonDisclosure.basis"] = nameof(NonDisclosureBasis),
        ["emergency.threat"] = nameof(EmergencyThreat),
        ["emergency.personsAtRisk"] = nameof(EmergencyPersonsAtRisk),
        ["emergency.why-normal-process-too-slow"] = nameof(EmergencyWhyUrgent),
        ["note"] = "Note",
    };

    /// <summary>Pads the target and designation rows so the form offers <paramref name="extra"/> empty ones to fill in.</summary>
    public void OfferRows(int extra = 2)
    {
        Targets.RemoveAll(t => t.IsEmpty);
        Designations.RemoveAll(d => d.IsEmpty);
        Targets.AddRange(Enumerable.Range(0, Math.Max(extra, 3 - Targets.Count)).Select(_ => new TargetRow()));
        Designations.AddRange(Enumerable.Range(0, Math.Max(1, extra - 1)).Select(_ => new DesignationRow()));
    }

    private List<Target> ParseTargets(List<Error> errors)
    {
        var targets = new List<Target>();
        var rows = Targets.Where(t => !t.IsEmpty).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var type = Parse<TargetType>(row.Type, nameof(Targets), errors, $"Target {i + 1}: ");
            var role = string.IsNullOrWhiteSpace(row.Role) ? TargetRole.Unknown : Parse<TargetRole>(row.Role, nameof(Targets), errors, $"Target {i + 1}: ");
            targets.Add(new Target { Type = type, Value = Clean(row.Value), Role = role });
        }

        return targets;
    }

    private List<Designation> ParseDesignations(List<Error> errors)
    {
        var designations = new List<Designation>();
        var rows = Designations.Where(d => !d.IsEmpty).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            if (Clean(rows[i].List) is null || Clean(rows[i].Name) is null)
            {
                errors.Add(Error.Invalid("form.designation-invalid", Line(i, "give both the list and the name of the designated organisation or person."), nameof(Designations)));
                continue;
            }

            designations.Add(new Designation { List = Clean(rows[i].List), Name = Clean(rows[i].Name) });
        }

        return designations;
    }

    private static string Line(int index, string message) => string.Create(CultureInfo.InvariantCulture, $"Designation {index + 1}: {message}");

    private static TEnum Parse<TEnum>(string? text, string field, List<Error> errors, string prefix = "") where TEnum : struct, Enum
    {
        if (KebabCase.TryParse<TEnum>(text?.Trim(), out var value))
        {
            return value;
        }

        errors.Add(Error.Invalid("form.choice-invalid", $"{prefix}choose one of the options offered (“{text}” is not one).", field));
        return default;
    }

    private static DateOnly? Date(string? text, string field, List<Error> errors)
    {
        var clean = Clean(text);
        if (clean is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(clean, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(Error.Invalid("form.date-invalid", $"“{clean}” is not a date (YYYY-MM-DD).", field));
        return null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string[] Names<TEnum>() where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(v => KebabCase.Format(v)).ToArray();
}
