using Custos.Domain.Decisions;
using Custos.Domain.Requests;

namespace Custos.Domain.Notices;

/// <summary>One category of a customer's data disclosed (or to be disclosed), for the days it covers.</summary>
/// <param name="Category">The data category.</param>
/// <param name="Range">The days covered.</param>
public sealed record DisclosedData(DataCategory Category, ItemRange Range);
