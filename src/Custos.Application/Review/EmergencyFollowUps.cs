using Custos.Domain.Decisions;
using Custos.Storage;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Review;

/// <summary>
/// The follow-up of an emergency disclosure as the records show it: disclosed when the request's first production was
/// released; the formal process counts as arrived with the first document the agency uploaded after that. One reading
/// for the review view and for the deadline loop that flags a missed follow-up.
/// </summary>
internal static class EmergencyFollowUps
{
    /// <summary>The follow-up of <paramref name="requestId"/> on <paramref name="now"/>, with when the data was disclosed and the formal process arrived, if they were.</summary>
    public static async Task<(FollowUp FollowUp, DateTimeOffset? DisclosedAt, DateTimeOffset? FormalProcessAt)> OfAsync(
        CustosDbContext db, string requestId, TimeSpan within, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var disclosedAt = await db.Productions.AsNoTracking().Where(p => p.RequestId == requestId && p.ReleasedAt != null)
            .MinAsync(p => p.ReleasedAt, cancellationToken);
        var formal = disclosedAt is { } at
            ? await db.RequestDocuments.AsNoTracking().Where(d => d.RequestId == requestId && d.UploadedAt > at)
                .OrderBy(d => d.UploadedAt).Select(d => (DateTimeOffset?)d.UploadedAt).FirstOrDefaultAsync(cancellationToken)
            : null;
        return (EmergencyRules.FollowUpOn(disclosedAt, formal, within, now), disclosedAt, formal);
    }
}
