namespace Custos.Web.Pages;

/// <summary>What the customer's page calls each kind of disclosure entry: words a customer reads, never the event names.</summary>
public static class DisclosureWords
{
    public static string Of(string eventType) => eventType switch
    {
        "production.created" => "Your data was produced to an authority",
        "preservation.started" => "Your data was preserved (frozen, not handed over) at an authority's request",
        "notice.scheduled" => "A notice to you was scheduled",
        "notice.withheld" => "A notice to you was withheld",
        "notice.queued" => "A notice to you was queued",
        "notice.sent" => "A notice was sent to you",
        "notice.review-due" => "The withholding of your notice was due for legal review",
        "restriction.account-restricted" => "Your account was restricted under sanctions rules",
        "restriction.notice-scheduled" => "A notice of the restriction was scheduled",
        _ => eventType,
    };
}
