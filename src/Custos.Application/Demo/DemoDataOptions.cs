namespace Custos.Application.Demo;

/// <summary>What <see cref="DemoDataGenerator"/> produces. The same options always give the same data.</summary>
public sealed record DemoDataOptions
{
    /// <summary>The earliest reference date: the donation campaign of the demo runs until 2021-04-20.</summary>
    public static readonly DateOnly EarliestReferenceDate = new(2021, 6, 1);

    /// <summary>The number of customers (at least 1).</summary>
    public int CustomerCount { get; init; } = 1_000;

    /// <summary>The seed of the pseudo-random sequence: the same seed gives identical data.</summary>
    public int Seed { get; init; } = 20_210_420;

    /// <summary>The day the data describes: holdings are as of this date and nothing happens after it.</summary>
    public DateOnly ReferenceDate { get; init; } = new(2025, 6, 30);

    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(CustomerCount, 1, nameof(CustomerCount));
        if (ReferenceDate < EarliestReferenceDate)
        {
            throw new ArgumentOutOfRangeException(nameof(ReferenceDate), ReferenceDate,
                $"The reference date must be {EarliestReferenceDate:yyyy-MM-dd} or later (the demo history runs from 2016).");
        }
    }
}
