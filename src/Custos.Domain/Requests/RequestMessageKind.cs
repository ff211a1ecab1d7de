namespace Custos.Domain.Requests;

/// <summary>The kinds of message on a request (stored kebab-case, never renamed).</summary>
public enum RequestMessageKind
{
    /// <summary>A reviewer's question to the agency.</summary>
    ClarificationRequest = 1,

    /// <summary>The agency's answer to a question.</summary>
    ClarificationAnswer = 2,

    /// <summary>Any other message from the agency.</summary>
    Message = 3,

    /// <summary>Staff's own note (an analyst's account of an informal approach); never shown to the agency.</summary>
    InternalNote = 4,
}
