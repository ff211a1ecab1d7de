using Custos.Domain.Common;
using Custos.Domain.Lifecycle;

namespace Custos.Domain.Access;

/// <summary>
/// Need-to-know for customer data. A role that may read customer data is not enough to open a customer's record: it
/// opens only for a request the person may see, that is being reviewed or decided (not one still unverified, an
/// informal approach or a closed file), whose targets reach that customer, and with the purpose stated. Searching shows
/// who matches (names, countries, status) without birth dates, addresses, contact details or documents.
/// </summary>
public static class CustomerAccessRules
{
    /// <summary>The most characters of a free-text note kept with an opening.</summary>
    public const int MaxNoteLength = 500;

    /// <summary>
    /// Whether a request in <paramref name="status"/> is one whose customers' records may be opened: under review, waiting
    /// for the agency's answer to a question, decided, or preserved. Before verification nobody knows the agency is who it
    /// says; an informal approach has no legal process; a closed, produced or released file needs nothing more.
    /// </summary>
    public static bool OpensRecords(RequestStatus status) =>
        status is RequestStatus.UnderReview or RequestStatus.AwaitingClarification or RequestStatus.Decided or RequestStatus.Preserved;

    /// <summary>The request context of an opening, as the use case found it.</summary>
    /// <param name="SubmittedBy">Who took the request in.</param>
    /// <param name="Status">Where the request stands.</param>
    /// <param name="Informal">Whether it is an informal approach.</param>
    /// <param name="ReachesCustomer">Whether one of its targets reaches the customer.</param>
    public sealed record RequestContext(string SubmittedBy, RequestStatus Status, bool Informal, bool ReachesCustomer);

    /// <summary>
    /// Null when <paramref name="actor"/> may open the record of a customer for <paramref name="request"/> with
    /// <paramref name="purpose"/>; else the refusal, saying what is missing.
    /// </summary>
    public static Error? CheckOpen(Actor actor, RequestContext? request, CustomerAccessPurpose? purpose)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (AccessRules.Check(actor, StaffAction.ReadCustomerData) is { } refused)
        {
            return refused;
        }

        if (request is null)
        {
            return RequestRequired;
        }

        if (!AccessRules.MaySeeRequest(actor, request.SubmittedBy))
        {
            return Error.Forbidden("customers.request-not-visible", "You may not open a customer's record for a request you may not see.");
        }

        if (request.Informal || !OpensRecords(request.Status))
        {
            return Error.Forbidden(
                "customers.request-not-in-review",
                $"A customer's record opens only for a request under review, waiting for the agency's answer, decided or preserved; this one is {KebabCase.Format(request.Status)}.");
        }

        if (!request.ReachesCustomer)
        {
            return Error.Forbidden("customers.not-reached", "None of the request's targets reaches this customer, so the request gives no reason to open the record.");
        }

        if (purpose is null || !Enum.IsDefined(purpose.Value))
        {
            return Error.Invalid("customers.purpose-required", "Say why you open the record: confirm the match, assess the scope, or check what a production would hold.", "purpose");
        }

        return null;
    }

    /// <summary>The answer when no request is given: a record opens only for one.</summary>
    public static Error RequestRequired { get; } = Error.Invalid(
        "customers.request-required",
        "A customer's record opens only for a request you are reviewing that reaches this customer: choose the request and say why.",
        "request");

    /// <summary>A search needs words to look for: the whole customer base is not browsed.</summary>
    public static Error QueryRequired { get; } = Error.Invalid(
        "customers.query-required",
        "Enter a name, e-mail, phone, account id or wallet address to search for; the customer base is not listed in full.",
        "q");
}
