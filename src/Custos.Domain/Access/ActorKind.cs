namespace Custos.Domain.Access;

/// <summary>The kinds of actor.</summary>
public enum ActorKind
{
    /// <summary>A member of staff, signed in or through a staff API key.</summary>
    Staff = 1,
    /// <summary>An agency officer signed in to the portal.</summary>
    Officer = 2,
    /// <summary>An agency's API key.</summary>
    AgencyKey = 3,
    /// <summary>The operator at the server's command line.</summary>
    Operator = 4,
    /// <summary>Custos itself.</summary>
    System = 5,
    /// <summary>Nobody signed in.</summary>
    Anonymous = 6,
}
