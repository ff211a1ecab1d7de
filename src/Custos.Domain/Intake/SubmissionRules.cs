using Custos.Domain.Common;
using Custos.Domain.Requests;

namespace Custos.Domain.Intake;

/// <summary>
/// The rules of taking a request in, whichever way it came: what Custos records (the registry overrides what the
/// submitter says about the agency and the officer) and what makes a submission unacceptable before it is stored.
/// </summary>
public static class SubmissionRules
{
    /// <summary>The longest message, question, answer or analyst's note.</summary>
    public const int MaxMessageLength = 10_000;

    /// <summary>How far in the future an analyst's date of receipt may lie (clock skew between machines).</summary>
    public static readonly TimeSpan ReceiptClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The request as Custos records it: portal and API requests are received now, through their own channel; what the
    /// registry knows of the agency and the officer replaces what the submitter typed; a typed-in claim of out-of-band
    /// verification on an unregistered agency counts for nothing.
    /// </summary>
    /// <param name="request">The request as submitted.</param>
    /// <param name="source">How it came in.</param>
    /// <param name="agency">The registered agency, when the submission comes from or names one.</param>
    /// <param name="officer">The registered officer who signed in to the portal, if any.</param>
    /// <param name="now">The moment of receipt.</param>
    public static DataRequest Normalise(DataRequest request, IntakeSource source, KnownAgency? agency, Officer? officer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (source != IntakeSource.Analyst)
        {
            request = request with
            {
                ReceivedAt = now,
                Channel = source == IntakeSource.Portal ? RequestChannel.Portal : RequestChannel.Api,
            };
        }

        if (agency is not null)
        {
            var officerEmail = officer?.Email ?? request.Officer?.Email ?? request.Agency.Email;
            var officerDomain = officerEmail is null ? null : DomainOf(officerEmail);
            request = request with
            {
                Agency = new Agency
                {
                    Name = agency.Name,
                    Country = agency.Country,
                    Type = agency.Type,
                    Email = officerEmail,
                    Domain = agency.Domains.FirstOrDefault(d => string.Equals(d, officerDomain, StringComparison.Ordinal))
                        ?? officerDomain ?? agency.Domains.Order(StringComparer.Ordinal).FirstOrDefault(),
                    Verification = agency.Verification,
                },
            };
        }
        else if (request.Agency.Verification == AgencyVerification.VerifiedOutOfBand)
        {
            // Out-of-band verification is recorded on a registered agency (how, by whom); a typed-in claim is not one.
            request = request with { Agency = request.Agency with { Verification = AgencyVerification.None } };
        }

        if (officer is not null)
        {
            request = request with { Officer = officer };
        }

        return request;
    }

    /// <summary>What makes a submission unacceptable (it is refused and nothing is stored); empty when it may be taken in.</summary>
    /// <param name="request">The request as normalised.</param>
    /// <param name="source">How it came in.</param>
    /// <param name="informal">Whether it is an informal approach.</param>
    /// <param name="note">The analyst's own account, if any.</param>
    /// <param name="now">The moment of receipt.</param>
    public static IReadOnlyList<Error> Validate(DataRequest request, IntakeSource source, bool informal, string? note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<Error>(RequestShape.Check(request));
        if (source == IntakeSource.Analyst)
        {
            if (request.Channel is RequestChannel.Portal or RequestChannel.Api)
            {
                errors.Add(RequestErrors.ChannelNotForAnalyst);
            }

            if (request.ReceivedAt > now + ReceiptClockSkew)
            {
                errors.Add(RequestErrors.ReceivedInFuture);
            }
        }

        if (informal && request.Channel is not (RequestChannel.InPerson or RequestChannel.Phone or RequestChannel.Email))
        {
            errors.Add(RequestErrors.InformalChannel);
        }

        if (note is { Length: > MaxMessageLength })
        {
            errors.Add(RequestErrors.NoteTooLong);
        }

        if (request.DateRange is { From: { } from, To: { } to } && to < from)
        {
            errors.Add(RequestErrors.DateRangeReversed);
        }

        if (request.LegalProcess?.IssuedOn is { } issued && issued > DateOnly.FromDateTime(request.ReceivedAt.UtcDateTime).AddDays(1))
        {
            errors.Add(RequestErrors.IssuedAfterReceipt);
        }

        return errors;
    }

    /// <summary>Why a message (a question, an answer, a note to the reviewers) cannot be sent, or null when it can.</summary>
    public static Error? CheckMessage(string? body) =>
        string.IsNullOrWhiteSpace(body) ? RequestErrors.MessageEmpty
        : body.Length > MaxMessageLength ? RequestErrors.MessageTooLong
        : null;

    private static string DomainOf(string email) => email[(email.LastIndexOf('@') + 1)..].ToLowerInvariant();
}
