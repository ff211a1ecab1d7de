using Custos.Domain.Requests;

namespace Custos.Application.Requests.Targets;

/// <summary>
/// One target of a data request resolved against the platform's customer data.
/// </summary>
/// <param name="Position">The target's index in the request's <c>targets</c> list (0-based, as in <c>ScrutinyContext.TargetReach</c>).</param>
/// <param name="Type">The target type as the request gives it.</param>
/// <param name="Value">The value as the request gives it (not normalised).</param>
/// <param name="Match">How the target meets the data.</param>
/// <param name="Reach">The number of distinct customers reached (for <see cref="TargetMatch.Candidates"/>, the number of candidates); 0 when invalid.</param>
/// <param name="SampleAccounts">Up to <see cref="TargetResolver.SampleSize"/> of the account ids reached, in ordinal order.</param>
/// <param name="Explanation">One plain sentence for a reviewer.</param>
public sealed record TargetResolution(
    int Position,
    TargetType Type,
    string? Value,
    TargetMatch Match,
    int Reach,
    IReadOnlyList<string> SampleAccounts,
    string Explanation);
