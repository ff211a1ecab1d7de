using Custos.Domain.Requests;

namespace Custos.Application.Scrutiny;

/// <summary>A scenario: a request, the context it is judged in, and what a careful reviewer concluded (shared/scenarios).</summary>
public sealed record ScenarioFile
{
    public string? Title { get; init; }

    public ScenarioContext? Context { get; init; }

    public DataRequest? Request { get; init; }

    public ScenarioExpectation? Expect { get; init; }
}
