namespace Custos.Domain.Requests;

/// <summary>What makes a demand an emergency. In files the last field is spelled <c>why-normal-process-too-slow</c>.</summary>
public sealed record EmergencyDetails
{
    public string? Threat { get; init; }

    public string? PersonsAtRisk { get; init; }

    public string? WhyNormalProcessTooSlow { get; init; }
}
