using Custos.Domain.Policy;

namespace Custos.Domain.Scrutiny;

/// <summary>One piece of evidence a weighed finding rests on, with the weight the policy gives it.</summary>
/// <param name="Signal">What kind of evidence it is.</param>
/// <param name="Weight">Its weight in the policy (negative when it counts against).</param>
/// <param name="Detail">What was found, for a reviewer.</param>
public sealed record WeighedEvidence(PoliticalSignal Signal, int Weight, string Detail);
