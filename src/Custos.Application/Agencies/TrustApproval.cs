using Custos.Domain.Access;

namespace Custos.Application.Agencies;

/// <summary>
/// The second person's approval of a proposed trust decision. Only <see cref="TrustChanges"/> makes one, after checking
/// the four-eyes rule; with it a member of staff's trust decision is applied.
/// </summary>
public sealed class TrustApproval
{
    internal TrustApproval(string changeId, Actor proposer, Actor approver)
    {
        ChangeId = changeId;
        Proposer = proposer;
        Approver = approver;
    }

    /// <summary>The approved proposal.</summary>
    public string ChangeId { get; }

    /// <summary>Who proposed it (who called the agency's number, who checked the certificate …).</summary>
    public Actor Proposer { get; }

    /// <summary>Who approved it.</summary>
    public Actor Approver { get; }
}
