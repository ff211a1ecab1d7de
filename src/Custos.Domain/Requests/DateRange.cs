namespace Custos.Domain.Requests;

/// <summary>The period of data asked for. Either end may be missing, which makes the range unbounded.</summary>
public sealed record DateRange
{
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }
}
