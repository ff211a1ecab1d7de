using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Storage;
using Custos.Storage.Entities;

namespace Custos.Application.Requests;

/// <summary>Stores a checked document of a request with the ledger event that records its SHA-256.</summary>
internal static class RequestDocumentsStore
{
    public static RequestDocumentRecord Stage(
        CustosDbContext db, EventRecorder events, RequestRecord request, CheckedDocument document, Actor actor, DateTimeOffset now)
    {
        var stored = new RequestDocumentRecord
        {
            Id = Ids.New("doc"),
            RequestId = request.Id,
            Name = document.Name,
            MediaType = document.MediaType,
            SizeBytes = document.Content.LongLength,
            Sha256 = document.Sha256,
            Content = document.Content,
            UploadedAt = now,
            UploadedBy = actor.Id,
        };
        db.RequestDocuments.Add(stored);
        events.Record(db, LedgerEventTypes.RequestDocumentAdded, actor, RequestChanges.Subject(request.Id),
            new { document = stored.Id, stored.Name, stored.MediaType, stored.SizeBytes, stored.Sha256 }, RequestChanges.References(request));
        return stored;
    }
}
