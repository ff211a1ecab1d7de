using Custos.Domain.Lifecycle;
using Custos.Domain.Requests;
using Custos.Storage;
using Custos.Storage.Entities;

namespace Custos.TestSupport;

/// <summary>Requests as bare rows, for tests of what merely refers to a request (the notice outbox).</summary>
public static class TestRequests
{
    /// <summary>Adds and saves a received production request <paramref name="id"/> with no agency, targets or documents.</summary>
    public static async Task AddAsync(CustosDbContext db, string id, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Requests.Add(new RequestRecord
        {
            Id = id,
            Channel = RequestChannel.Post,
            Kind = RequestKind.Production,
            Status = RequestStatus.Received,
            Informal = false,
            ReceivedAt = at,
            SubmittedBy = "cli",
            Payload = "{}",
            CreatedAt = at,
            UpdatedAt = at,
            RowVersion = 1,
        });
        await db.SaveChangesAsync();
    }
}
