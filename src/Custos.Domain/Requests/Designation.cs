namespace Custos.Domain.Requests;

/// <summary>An organisation or person the requester says is on one of its state's lists.</summary>
public sealed record Designation
{
    /// <summary>The list identifier, as the policy names lists (e.g. <c>ru-rosfinmonitoring-terrorists-extremists</c>).</summary>
    public string? List { get; init; }

    public string? Name { get; init; }
}
