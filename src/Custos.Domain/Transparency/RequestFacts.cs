using Custos.Domain.Lifecycle;
using Custos.Domain.Policy;
using Custos.Domain.Requests;

namespace Custos.Domain.Transparency;

/// <summary>
/// The plain facts about one request that the transparency report is computed from. They carry no personal data and no
/// identifier: the report never needs to know which request or which account a figure came from. They are published as
/// they are, in <c>request.facts</c> log entries (docs/transparency.md), so that anyone can recompute the report.
/// </summary>
public sealed record RequestFacts
{
    /// <summary>ISO 3166-1 alpha-2 country of the requesting authority; null when unknown.</summary>
    public string? Country { get; init; }

    public AgencyType Authority { get; init; } = AgencyType.Other;

    public LegalProcessType LegalProcess { get; init; } = LegalProcessType.None;

    public RequestKind Kind { get; init; }

    public RequestChannel Channel { get; init; }

    /// <summary>An informal approach (never actioned).</summary>
    public bool Informal { get; init; }

    /// <summary>When it was received; only the UTC day counts (reports cover whole days), and only the day is published.</summary>
    public DateTimeOffset ReceivedAt { get; init; }

    public RequestStatus Status { get; init; }

    /// <summary>How many targets the request names.</summary>
    public int Targets { get; init; }

    /// <summary>The accounts the targets reached in the customer data (the sum of each target's reach).</summary>
    public int AccountsSpecified { get; init; }

    /// <summary>The data categories asked for.</summary>
    public IReadOnlyList<DataCategory> Categories { get; init; } = [];

    /// <summary>The engine's latest recommendation, when scrutinised.</summary>
    public Recommendation? Recommendation { get; init; }

    /// <summary>A refusal of the request as a whole was decided.</summary>
    public bool Refused { get; init; }

    /// <summary>A pushback was decided.</summary>
    public bool PushedBack { get; init; }

    /// <summary>The agency withdrew the request.</summary>
    public bool Withdrawn { get; init; }

    /// <summary>Closed because verification of the agency or officer failed.</summary>
    public bool VerificationFailed { get; init; }

    /// <summary>A preservation was started for the request.</summary>
    public bool Preserved { get; init; }

    /// <summary>A non-disclosure (gag) order came with the request.</summary>
    public bool NonDisclosure { get; init; }

    /// <summary>What the latest production holds per category (<see cref="ProducedCategoryFact.Summarise"/>), when one was made; empty otherwise.</summary>
    public IReadOnlyList<ProducedCategoryFact> Produced { get; init; } = [];

    /// <summary>Whether a production was made (its items are <see cref="Produced"/>).</summary>
    public bool HasProduction { get; init; }

    /// <summary>The customer notices the latest production gave rise to, counted by where they stand (<see cref="NoticeCounts.Of"/>).</summary>
    public NoticeCounts Notices { get; init; } = NoticeCounts.None;

    /// <summary>Whether the request asks for content (the <c>content</c> category).</summary>
    public bool AsksContent => Categories.Contains(DataCategory.Content);

    /// <summary>An emergency request.</summary>
    public bool Emergency => Kind == RequestKind.Emergency || LegalProcess == LegalProcessType.EmergencyDisclosure;
}
