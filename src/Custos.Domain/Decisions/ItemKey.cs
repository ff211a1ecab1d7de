using Custos.Domain.Common;
using Custos.Domain.Requests;

namespace Custos.Domain.Decisions;

/// <summary>
/// One thing reviewers decide: a target of the request (its 0-based position in <see cref="DataRequest.Targets"/>) and
/// one of the data categories the request asks for.
/// </summary>
/// <param name="Target">The 0-based index of the target in the request.</param>
/// <param name="Category">The data category.</param>
public readonly record struct ItemKey(int Target, DataCategory Category)
{
    /// <summary>The item in words: <c>target 0 × transactions</c>.</summary>
    public override string ToString() => $"target {Target} × {KebabCase.Format(Category)}";
}
