using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Requests;

/// <summary>Replaces a request's stored target resolutions and scrutiny with a fresh assessment.</summary>
internal static class IntakeResults
{
    public static async Task ApplyAsync(
        CustosDbContext db, EventRecorder events, RequestRecord request, Assessment assessed, Actor actor, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.NowToTheMillisecond();
        var existing = await db.RequestTargets.Where(t => t.RequestId == request.Id).ToListAsync(cancellationToken);
        RequestTargetsStore.Stage(db, events, request, Scrutiny.RequestJson.ReadStored(request.Payload), assessed.Targets, actor, now, existing);
        RequestIntake.RecordScrutiny(db, events, request, assessed.Scrutiny, actor);
        request.Deadline = assessed.Scrutiny.Deadline;
    }
}
