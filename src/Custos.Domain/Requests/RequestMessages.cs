namespace Custos.Domain.Requests;

/// <summary>Who may see which messages of a request.</summary>
public static class RequestMessages
{
    /// <summary>Whether the agency may see a message of this kind: staff's own notes never reach it.</summary>
    public static bool VisibleToAgency(RequestMessageKind kind) => kind != RequestMessageKind.InternalNote;
}
