namespace Custos.Domain.Requests;

/// <summary>One identifier the demand is about.</summary>
public sealed record Target
{
    public TargetType Type { get; init; }

    public string? Value { get; init; }

    public TargetRole Role { get; init; } = TargetRole.Unknown;
}
