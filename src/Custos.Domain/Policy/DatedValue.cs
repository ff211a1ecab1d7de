namespace Custos.Domain.Policy;

/// <summary>A fact that holds from <see cref="From"/> (inclusive) until <see cref="To"/> (exclusive, open when null).</summary>
/// <typeparam name="T">The fact's value.</typeparam>
public sealed record DatedValue<T>(T Value, DateOnly From, DateOnly? To, string Source)
{
    public bool HoldsOn(DateOnly date) => From <= date && (To is null || date < To.Value);
}
