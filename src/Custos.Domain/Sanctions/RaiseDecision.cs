namespace Custos.Domain.Sanctions;

/// <summary>Whether a hit becomes a new alert, and if not, why.</summary>
public enum RaiseDecision
{
    /// <summary>Raise a new alert (no alert for the pair yet, or a dismissed one whose facts have changed since).</summary>
    Raise = 1,

    /// <summary>An open alert for the pair waits already.</summary>
    AlreadyOpen = 2,

    /// <summary>The pair was confirmed: the account is restricted already.</summary>
    AlreadyConfirmed = 3,

    /// <summary>The pair was dismissed and neither the customer's screened facts nor the entry's have changed since.</summary>
    DismissedUnchanged = 4,
}
