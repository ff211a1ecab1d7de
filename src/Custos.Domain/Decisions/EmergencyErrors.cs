using Custos.Domain.Common;

namespace Custos.Domain.Decisions;

/// <summary>The refusals of the emergency rules. Codes are stable.</summary>
public static class EmergencyErrors
{
    public static readonly Error CallerNotStaff = Error.Forbidden(
        "emergency.caller-not-staff", "An out-of-band confirmation is recorded by the member of staff who made the call, signed in as themselves.");

    public static readonly Error NotAnEmergency = Error.Conflict(
        "emergency.not-an-emergency", "This request is not an emergency request.");

    public static readonly Error AlreadyRecorded = Error.Conflict(
        "emergency.already-recorded", "The out-of-band call for this emergency is already recorded.");

    public static readonly Error NoPublishedNumber = Error.Conflict(
        "emergency.no-published-number",
        "The registry holds no published telephone number for this agency: find the number the agency publishes itself (its website, an official directory), record it on the agency, and call that.");

    public static readonly Error NumberRequired = Error.Invalid(
        "emergency.number-required", "Give the number you called (digits, optionally a leading + and spaces, dashes, dots or brackets).", "numberCalled");

    public static readonly Error NumberFromRequest = Error.Invalid(
        "emergency.number-from-request",
        "That is the number given in the request, not the one the registry publishes for the agency: a forged request gives the forger's own number. Call the published number.",
        "numberCalled");

    public static Error NumberNotPublished(string published) => Error.Invalid(
        "emergency.number-not-published", $"The number called is not the agency's published number ({published}). Call the published number.", "numberCalled");

    public static readonly Error CalledInFuture = Error.Invalid(
        "emergency.called-in-future", "The time of the call is in the future.", "calledAt");

    public static readonly Error CalledBeforeReceipt = Error.Invalid(
        "emergency.called-before-receipt", "The call was made before the request was received, so it cannot have confirmed it.", "calledAt");

    public static readonly Error StatementRequired = Error.Invalid(
        "emergency.statement-required", "Write what the agency confirmed (or denied), and whom you spoke to.", "statement");

    public static readonly Error StatementTooLong = Error.Invalid(
        "emergency.statement-too-long", "The statement is at most 10,000 characters.", "statement");
}
