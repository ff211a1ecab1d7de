using Custos.Domain.Common;
using Custos.Domain.Lifecycle;

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
}
