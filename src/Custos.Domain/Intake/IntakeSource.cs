namespace Custos.Domain.Intake;

/// <summary>How a request came in: all three produce the same interchange format and go through the same intake.</summary>
public enum IntakeSource
{
    /// <summary>An officer filled in the agency portal form.</summary>
    Portal,
    /// <summary>An agency system called <c>POST /api/v1/requests</c>.</summary>
    Api,
    /// <summary>An intake analyst typed in a paper order, or recorded an informal approach.</summary>
    Analyst,
}
