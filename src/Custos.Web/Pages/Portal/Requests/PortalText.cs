namespace Custos.Web.Pages.Portal.Requests;

/// <summary>How the portal describes a request's status to the agency (never the internal scrutiny).</summary>
public static class PortalText
{
    public static string Status(string status) => status switch
    {
        "received" => "received",
        "incomplete" => "incomplete — see what is missing",
        "awaiting-verification" => "waiting for verification of your agency",
        "under-review" => "under review",
        "awaiting-clarification" => "question for you — please answer",
        "decided" => "decided",
        "produced" => "produced — ready for download",
        "delivered" => "delivered",
        "closed" => "closed",
        "preserved" => "data preserved",
        "preservation-released" => "preservation released",
        "preservation-converted" => "preservation converted to a production request",
        _ => status,
    };
}
