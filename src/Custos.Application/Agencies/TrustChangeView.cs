using Custos.Domain.Agencies;

namespace Custos.Application.Agencies;

/// <summary>A proposed trust decision as the console lists it.</summary>
/// <param name="Id">The proposal.</param>
/// <param name="AgencyId">The agency it concerns.</param>
/// <param name="AgencyName">The agency's name.</param>
/// <param name="Kind">What is proposed.</param>
/// <param name="Summary">What exactly, in words (the method and note, the flag, the certificate's thumbprint, the key's name).</param>
/// <param name="ProposedBy">Who proposed it (an actor id).</param>
/// <param name="ProposedAt">When.</param>
/// <param name="Status">Pending, approved or rejected.</param>
/// <param name="DecidedBy">Who decided it, once decided.</param>
/// <param name="DecidedAt">When it was decided.</param>
/// <param name="DecisionNote">Why it was rejected, when it was.</param>
/// <param name="NeedsSenior">Whether senior escalation must approve it (an FIU, or a high-risk jurisdiction).</param>
public sealed record TrustChangeView(
    string Id, string AgencyId, string AgencyName, TrustChangeKind Kind, string Summary, string ProposedBy, DateTimeOffset ProposedAt,
    TrustChangeStatus Status, string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionNote, bool NeedsSenior);
