using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Domain.Requests;
using Custos.Storage;
using Custos.Storage.Entities;

namespace Custos.Application.Requests;

/// <summary>Stores a message on a request with the ledger event that records it.</summary>
internal static class RequestMessagesStore
{
    public static RequestMessageRecord Stage(
        CustosDbContext db, EventRecorder events, RequestRecord request, RequestMessageKind kind, Actor actor, bool fromAgency, string body, DateTimeOffset now)
    {
        var message = new RequestMessageRecord
        {
            Id = Ids.New("msg"),
            RequestId = request.Id,
            Kind = kind,
            Author = actor.Id,
            FromAgency = fromAgency,
            Body = body,
            SentAt = now,
        };
        db.RequestMessages.Add(message);
        events.Record(db, LedgerEventTypes.RequestMessageSent, actor, RequestChanges.Subject(request.Id),
            new { message = message.Id, kind, fromAgency, body }, RequestChanges.References(request));
        return message;
    }
}
