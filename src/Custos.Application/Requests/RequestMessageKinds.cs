namespace Custos.Application.Requests;

/// <summary>The kinds of message on a request (stored values, never renamed).</summary>
public static class RequestMessageKinds
{
    /// <summary>A reviewer's question to the agency.</summary>
    public const string ClarificationRequest = "clarification-request";

    /// <summary>The agency's answer to a question.</summary>
    public const string ClarificationAnswer = "clarification-answer";

    /// <summary>Any other message from the agency.</summary>
    public const string Message = "message";

    /// <summary>Staff's own note (an analyst's account of an informal approach); never shown to the agency.</summary>
    public const string InternalNote = "internal-note";

    /// <summary>Whether the agency may see a message of this kind.</summary>
    public static bool VisibleToAgency(string kind) => kind != InternalNote;
}
