using Custos.Domain.Common;
using Custos.Domain.Lifecycle;
using Custos.Domain.Requests;

namespace Custos.Web.Pages.Portal.Requests;

/// <summary>How the portal describes a request's status to the agency (never the internal scrutiny).</summary>
public static class PortalText
{
    public static string Status(RequestStatus status) => status switch
    {
        RequestStatus.Received => "received",
        RequestStatus.Incomplete => "incomplete — see what is missing",
        RequestStatus.AwaitingVerification => "waiting for verification of your agency",
        RequestStatus.UnderReview => "under review",
        RequestStatus.AwaitingClarification => "question for you — please answer",
        RequestStatus.Decided => "decided",
        RequestStatus.Produced => "produced — ready for download",
        RequestStatus.Delivered => "delivered",
        RequestStatus.Closed => "closed",
        RequestStatus.Preserved => "data preserved",
        RequestStatus.PreservationReleased => "preservation released",
        RequestStatus.PreservationConverted => "preservation converted to a production request",
        _ => KebabCase.Format(status),
    };

    /// <summary>What the status means for the agency, and what happens next.</summary>
    public static string Meaning(RequestStatus status, DateTimeOffset? due) => status switch
    {
        RequestStatus.Incomplete => "The request lacks something the law or the platform's policy requires, listed below. It will not be reviewed as it stands: submit a new, complete request.",
        RequestStatus.AwaitingVerification => "Your agency has not yet been confirmed by our staff through an independent channel (a call to its published number, for example). Review starts once it is.",
        RequestStatus.UnderReview => "Reviewers from several independent functions (legal, compliance and others) are checking it against the law and the platform's policy, target by target and data category by data category."
            + (due is { } d ? $" An answer is due by {d.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)} UTC." : string.Empty),
        RequestStatus.AwaitingClarification => "The reviewers asked you a question (see the messages). The review continues when you answer.",
        RequestStatus.Decided => "The reviewers have decided. If anything is to be produced, it is prepared, logged in the public ledger and then released to you.",
        RequestStatus.Produced => "The production is ready: it is encrypted to your agency's registered certificate.",
        RequestStatus.Delivered => "You have downloaded the production.",
        RequestStatus.Closed => "Nothing more will happen on this request.",
        RequestStatus.Preserved => "The data named is preserved (frozen) and not produced; send formal process before the preservation expires to obtain it.",
        _ => string.Empty,
    };

    /// <summary>The receipt of a request as plain text: identity, time of receipt, what was asked, each document's SHA-256.</summary>
    public static string Receipt(Application.Requests.RequestDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var r = details.Request;
        var text = new System.Text.StringBuilder();
        text.AppendLine("Custos — receipt of a government data request").AppendLine();
        text.AppendLine(string.Create(inv, $"Request id:        {details.Summary.Id}"));
        text.AppendLine(string.Create(inv, $"Your reference:    {details.Summary.Reference ?? "(none)"}"));
        text.AppendLine(string.Create(inv, $"Received:          {details.Summary.ReceivedAt.ToString("yyyy-MM-dd HH:mm:ss", inv)} UTC"));
        text.AppendLine(string.Create(inv, $"Kind:              {Words.Of(details.Summary.Kind)}"));
        text.AppendLine(string.Create(inv, $"Status:            {Status(details.Summary.Status)}"));
        if (r.LegalProcess is { } process)
        {
            text.AppendLine(string.Create(inv, $"Legal process:     {Words.Of(process.Type)} {process.Reference}").TrimEnd());
            text.AppendLine(string.Create(inv, $"Legal basis:       {process.LegalBasis ?? "(not stated)"}"));
        }

        foreach (var target in r.Targets)
        {
            text.AppendLine(string.Create(inv, $"Target:            {Words.Of(target.Type)}: {target.Value} ({Words.Of(target.Role)})"));
        }

        text.AppendLine(string.Create(inv, $"Data asked for:    {(r.DataCategories.Count == 0 ? "(none named)" : string.Join("; ", r.DataCategories.Select(Words.Of)))}"));
        text.AppendLine(string.Create(inv, $"Period:            {r.DateRange?.From?.ToString("yyyy-MM-dd", inv) ?? "…"} to {r.DateRange?.To?.ToString("yyyy-MM-dd", inv) ?? "…"}"));
        foreach (var document in details.Documents)
        {
            text.AppendLine(string.Create(inv, $"Document:          {document.Name}, {document.SizeBytes} bytes, SHA-256 {document.Sha256}"));
        }

        text.AppendLine().AppendLine("Each document's SHA-256 is recorded in Custos's public, verifiable ledger with the request.");
        return text.ToString();
    }
}
