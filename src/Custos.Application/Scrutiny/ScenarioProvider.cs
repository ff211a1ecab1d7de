namespace Custos.Application.Scrutiny;

/// <summary>The platform that receives the demand.</summary>
public sealed record ScenarioProvider
{
    public string? Name { get; init; }

    public string? Country { get; init; }
}
