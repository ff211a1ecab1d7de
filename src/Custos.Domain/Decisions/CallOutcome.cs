namespace Custos.Domain.Decisions;

/// <summary>What the agency said when called on its published number about an emergency request (stored kebab-case).</summary>
public enum CallOutcome
{
    /// <summary>The agency confirmed it sent the request and that the emergency is real.</summary>
    Confirmed = 1,

    /// <summary>The agency did not confirm it (it knows nothing of it, or it was sent from a compromised mailbox).</summary>
    Denied = 2,
}
