using Custos.Domain.Notices;

namespace Custos.Domain.Transparency;

/// <summary>The notice to one customer a production concerned: where it stands, and whether it has been sent (queued).</summary>
/// <param name="Status">Where it stands under the notice rules.</param>
/// <param name="Queued">Whether it was put in the outbox (given).</param>
public sealed record NoticeFact(NoticeStatus Status, bool Queued);
