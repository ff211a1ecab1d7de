namespace Custos.Domain.Decisions;

/// <summary>The acts of deciding on a request (stored and ledgered kebab-case, never renamed).</summary>
public enum DecisionAct
{
    /// <summary>A vote to produce or withhold items (a shorter range narrows an item).</summary>
    Vote = 1,

    /// <summary>Ordering the production once every item has its quorum or is withheld.</summary>
    Produce = 2,

    /// <summary>Refusing the request as a whole.</summary>
    Refuse = 3,

    /// <summary>Pushing back to the agency: an objection it must answer (overbroad, wrong process) before review goes on.</summary>
    PushBack = 4,

    /// <summary>Preserving a snapshot of the targets' data without producing it.</summary>
    Preserve = 5,

    /// <summary>Recording the out-of-band call that confirms (or not) an emergency request.</summary>
    ConfirmEmergency = 6,

    /// <summary>Marking an emergency over, so that notice to the customer may go.</summary>
    EndEmergency = 7,

    /// <summary>
    /// Recording that the request's non-disclosure order or tipping-off prohibition no longer binds: lifted or withdrawn by
    /// the court or authority before any end date it had. Notice goes and sealed entries are unsealed from then on.
    /// </summary>
    LiftNonDisclosure = 8,
}
