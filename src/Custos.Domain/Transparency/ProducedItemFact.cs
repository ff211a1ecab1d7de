using Custos.Domain.Requests;

namespace Custos.Domain.Transparency;

/// <summary>One produced item as the <c>production.created</c> event records it: counts and days only, no customer data.</summary>
/// <param name="Target">The target's index in the request.</param>
/// <param name="Category">The data category.</param>
/// <param name="From">The first day produced.</param>
/// <param name="To">The last day produced.</param>
/// <param name="Records">How many records were produced.</param>
public sealed record ProducedItemFact(int Target, DataCategory Category, DateOnly From, DateOnly To, int Records);
