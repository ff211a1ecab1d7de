namespace Custos.Domain.Policy;

/// <summary>
/// What a level of the predominance assessment needs: a score, a number of signals about the request itself, and among
/// them a number about the offence or the persons (a statute, a lexicon term, an offence category, a designation, a
/// protected status), so that neither the requesting state's profile nor the shape of the targets alone ever reaches it.
/// </summary>
/// <param name="MinScore">The least total weight.</param>
/// <param name="MinRequestSignals">The least number of signals about the request (all but the jurisdiction, INTERPOL supervision and the requester type).</param>
/// <param name="MinSubstantiveSignals">The least number of those about the offence or the persons.</param>
public sealed record PredominanceThreshold(int MinScore, int MinRequestSignals, int MinSubstantiveSignals);
