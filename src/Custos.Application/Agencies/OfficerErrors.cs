using Custos.Domain.Common;

namespace Custos.Application.Agencies;

/// <summary>The expected failures of officer registration, sign-in and management.</summary>
public static class OfficerErrors
{
    public static Error NameMissing { get; } = Error.Invalid("officer.name-missing", "Your full name is required.", "name");

    public static Error EmailInvalid { get; } = Error.Invalid(
        "officer.email-invalid", "That is not an e-mail address such as j.smith@agency.gov.", "email");

    public static Error FreeMail(string domain) => Error.Invalid(
        "officer.free-mail",
        $"{domain} is a free-mail service. Register with your official address at your agency's own domain; requests from free-mail addresses are never accepted.",
        "email");

    public static Error PasswordTooShort { get; } = Error.Invalid(
        "officer.password-too-short", $"A password has at least {OfficerAccounts.MinimumPasswordLength} characters.", "password");

    public static Error AgencyMissing { get; } = Error.Invalid(
        "officer.agency-missing", "Choose the registered agency you belong to, or describe your agency so that it can be registered.", "agency");

    public static Error AgencyAmbiguous { get; } = Error.Invalid(
        "officer.agency-ambiguous", "Give either a registered agency or the details of a new one, not both.", "agency");

    public static Error AgencyNotFound(string agencyId) => Error.Invalid("officer.agency-not-found", $"No agency has id '{agencyId}'.", "agencyId");

    public static Error DomainNotAgency(string domain) => Error.Invalid(
        "officer.domain-not-agency", $"{domain} is not one of the agency's registered domains: register with your official address at the agency's domain.", "email");

    public static Error AgencyAlreadyRegistered(string domain, string agencyName) => new(
        "officer.agency-registered", $"{domain} belongs to the registered agency {agencyName}: register as one of its officers instead.", ErrorKind.Conflict, "email");

    public static Error EmailTaken { get; } = new(
        "officer.email-taken", "An officer with this e-mail address is already registered.", ErrorKind.Conflict, "email");

    public static Error NotFound(string officerId) => Error.NotFound("officer.not-found", $"No officer has id '{officerId}'.");

    public static Error AgencyNotVerified { get; } = Error.Conflict(
        "officer.agency-not-verified", "The officer's agency has not been verified out-of-band: verify the agency first.");

    /// <summary>Deliberately the same for an unknown address, a wrong password, a pending or disabled officer and a failed agency.</summary>
    public static Error SignInFailed { get; } = Error.Forbidden(
        "officer.sign-in-failed",
        "The e-mail address or password is not right, or the account is not active yet (officers can sign in once their agency has been verified).");
}
