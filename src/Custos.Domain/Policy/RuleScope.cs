using Custos.Domain.Requests;

namespace Custos.Domain.Policy;

/// <summary>Which requests a rule applies to at all; empty lists mean no restriction.</summary>
public sealed record RuleScope
{
    public static RuleScope All { get; } = new();

    public IReadOnlyList<RequestKind> Kinds { get; init; } = [];

    public IReadOnlyList<RequestKind> ExceptKinds { get; init; } = [];

    public IReadOnlyList<RequestChannel> ExceptChannels { get; init; } = [];

    /// <summary>Legal-system ids of the provider's jurisdiction.</summary>
    public IReadOnlyList<string> ProviderLegalSystems { get; init; } = [];

    /// <summary>
    /// The rule does not apply when the request's predominant character is political: a redirect to a treaty route is
    /// wrong where treaties themselves refuse political offences.
    /// </summary>
    public bool ExceptPredominantlyPolitical { get; init; }

    public bool Includes(DataRequest request, string? providerLegalSystem)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (Kinds.Count == 0 || Kinds.Contains(request.Kind))
            && !ExceptKinds.Contains(request.Kind)
            && !ExceptChannels.Contains(request.Channel)
            && (ProviderLegalSystems.Count == 0 || (providerLegalSystem is not null && ProviderLegalSystems.Contains(providerLegalSystem, StringComparer.Ordinal)));
    }
}
