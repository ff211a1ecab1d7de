using Custos.Domain.Requests;

namespace Custos.Application.Production;

/// <summary>One produced item as the production event records it (no customer data: counts only).</summary>
/// <param name="Target">The target's index in the request.</param>
/// <param name="Category">The category.</param>
/// <param name="From">The first day produced.</param>
/// <param name="To">The last day produced.</param>
/// <param name="Records">How many records.</param>
public sealed record ProducedItemSummary(int Target, DataCategory Category, DateOnly From, DateOnly To, int Records);
