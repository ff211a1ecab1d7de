using System.Text.Json;
using Custos.Application.Access;
using Custos.Application.Common;
using Custos.Application.Policy;
using Custos.Domain.Access;
using Custos.Domain.Agencies;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Domain.Scrutiny;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Agencies;

/// <summary>
/// Four eyes on trust decisions (<see cref="TrustRules"/>): one person of the central function proposes recording an
/// out-of-band verification, clearing a flag, registering a certificate or creating an agency key; a second, different
/// person approves it (senior escalation for an FIU or a high-risk jurisdiction), which applies it, or rejects it. Each
/// step is a ledger event; a refusal too.
/// </summary>
public sealed class TrustChanges(
    CustosDbContext db, EventRecorder events, TimeProvider clock, AgencyRegistry registry, ApiKeys keys, PolicyStore policies)
{
    private static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web) { Converters = { new KebabEnumJsonConverterFactory() } };

    public Task<Result<TrustChangeView>> ProposeVerificationAsync(
        string agencyId, VerificationOutcome outcome, VerificationMethod method, string note, Actor actor, CancellationToken cancellationToken = default) =>
        ProposeVerificationAsync(agencyId, outcome, method, note, null, actor, cancellationToken);

    /// <summary>
    /// Proposes a verification; <paramref name="phone"/> is the agency's telephone number as it publishes it (its official
    /// site, a government directory), which the registry then publishes as the only number emergencies are confirmed on.
    /// </summary>
    public Task<Result<TrustChangeView>> ProposeVerificationAsync(
        string agencyId, VerificationOutcome outcome, VerificationMethod method, string note, string? phone, Actor actor, CancellationToken cancellationToken = default) =>
        ProposeAsync(TrustChangeKind.RecordVerification, agencyId, () =>
        {
            var errors = new List<Error>();
            if (!Enum.IsDefined(method))
            {
                errors.Add(AgencyErrors.MethodInvalid(method.ToString()));
            }

            var trimmed = AgencyInput.CheckNote(note, errors);
            var published = AgencyInput.CheckPhone(phone, errors);
            return errors.Count > 0
                ? Result<TrustProposal>.Failure(errors)
                : new TrustProposal { Outcome = outcome, Method = method, Note = trimmed, Phone = published };
        }, actor, cancellationToken);

    public Task<Result<TrustChangeView>> ProposeClearFlagAsync(string agencyId, string flag, string note, Actor actor, CancellationToken cancellationToken = default) =>
        ProposeAsync(TrustChangeKind.ClearFlag, agencyId, () =>
        {
            var errors = new List<Error>();
            var token = (flag ?? string.Empty).Trim();
            if (!ReputationFlags.IsValid(token))
            {
                errors.Add(AgencyErrors.FlagInvalid(flag));
            }

            var trimmed = AgencyInput.CheckNote(note, errors);
            return errors.Count > 0 ? Result<TrustProposal>.Failure(errors) : new TrustProposal { Flag = token, Note = trimmed };
        }, actor, cancellationToken);

    public Task<Result<TrustChangeView>> ProposeCertificateAsync(string agencyId, string pem, Actor actor, CancellationToken cancellationToken = default) =>
        ProposeAsync(TrustChangeKind.RegisterCertificate, agencyId, () =>
        {
            var certificate = AgencyCertificates.Check(pem, clock.GetUtcNow());
            return certificate.IsSuccess
                ? new TrustProposal { CertificatePem = certificate.Value.Pem, CertificateThumbprint = certificate.Value.Thumbprint }
                : Result<TrustProposal>.Failure(certificate.Errors);
        }, actor, cancellationToken);

    public Task<Result<TrustChangeView>> ProposeAgencyKeyAsync(string agencyId, string name, Actor actor, CancellationToken cancellationToken = default) =>
        ProposeAsync(TrustChangeKind.CreateAgencyKey, agencyId, () =>
            string.IsNullOrWhiteSpace(name) || name.Length > 100
                ? Error.Invalid("apikeys.name-invalid", "A key needs a name of 1 to 100 characters saying what it is for.", "name")
                : new TrustProposal { KeyName = name.Trim() }, actor, cancellationToken);

    /// <summary>
    /// Approves a proposal: checks the four-eyes rule, applies the decision and records both. For an agency key the
    /// answer carries the key, shown this once.
    /// </summary>
    public async Task<Result<TrustApproved>> ApproveAsync(string changeId, Actor actor, CancellationToken cancellationToken = default)
    {
        var change = await db.TrustChanges.FirstOrDefaultAsync(c => c.Id == changeId, cancellationToken);
        var subject = change is null ? "trust-change:" + changeId : AgencyRegistry.Subject(change.AgencyId);
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.DecideTrust, subject, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (change is null)
        {
            return TrustErrors.NotFound(changeId);
        }

        if (change.Status != TrustChangeStatus.Pending)
        {
            return TrustErrors.AlreadyDecided(change.Status);
        }

        var agency = await db.Agencies.AsNoTracking().FirstAsync(a => a.Id == change.AgencyId, cancellationToken);
        var senior = await NeedsSeniorAsync(agency, cancellationToken);
        if (TrustRules.CheckApprover(change.ProposedBy, actor, senior) is { } refused)
        {
            return await AccessGuard.RefuseAsync(db, events, actor, StaffAction.DecideTrust, refused, subject, cancellationToken);
        }

        var now = clock.GetUtcNow();
        change.Status = TrustChangeStatus.Approved;
        change.DecidedBy = actor.Id;
        change.DecidedAt = now;
        change.RowVersion++;
        events.Record(db, LedgerEventTypes.TrustChangeApproved, actor, subject,
            new { change = change.Id, kind = change.Kind, proposedBy = change.ProposedBy, senior });
        var approval = new TrustApproval(change.Id, ProposerOf(change), actor);
        var proposal = JsonSerializer.Deserialize<TrustProposal>(change.Payload, PayloadJson)!;
        try
        {
            // The decision's own use case saves the change, its event, and this approval in one transaction.
            var view = View(change, agency.Name, senior);
            var applied = change.Kind switch
            {
                TrustChangeKind.RecordVerification => (await registry.RecordVerificationAsync(
                    change.AgencyId, proposal.Outcome!.Value, proposal.Method!.Value, proposal.Note!, proposal.Phone, approval.Proposer, approval, cancellationToken))
                    .Map(v => new TrustApproved(view, v.Agency, v.ActivatedOfficerIds, null)),
                TrustChangeKind.ClearFlag => (await registry.ClearReputationAsync(change.AgencyId, proposal.Flag!, proposal.Note!, approval.Proposer, approval, cancellationToken))
                    .Map(a => new TrustApproved(view, a, [], null)),
                TrustChangeKind.RegisterCertificate => (await registry.RegisterCertificateAsync(change.AgencyId, proposal.CertificatePem!, approval.Proposer, approval, cancellationToken))
                    .Map(a => new TrustApproved(view, a, [], null)),
                TrustChangeKind.CreateAgencyKey => (await keys.CreateForAgencyAsync(change.AgencyId, proposal.KeyName!, approval.Proposer, null, approval, cancellationToken))
                    .Map(created => new TrustApproved(view, null, [], created)),
                _ => throw new InvalidOperationException($"No way to apply a {change.Kind} trust change."),
            };
            if (!applied.IsSuccess)
            {
                // The decision could not be applied (a certificate expired since, a flag already cleared): nothing is kept.
                db.ChangeTracker.Clear();
            }

            return applied;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return TrustErrors.Stale;
        }
    }

    /// <summary>Rejects a proposal (the proposer may withdraw it this way too); nothing is applied.</summary>
    public async Task<Result<TrustChangeView>> RejectAsync(string changeId, Actor actor, string note, CancellationToken cancellationToken = default)
    {
        var change = await db.TrustChanges.FirstOrDefaultAsync(c => c.Id == changeId, cancellationToken);
        var subject = change is null ? "trust-change:" + changeId : AgencyRegistry.Subject(change.AgencyId);
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.DecideTrust, subject, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (change is null)
        {
            return TrustErrors.NotFound(changeId);
        }

        if (change.Status != TrustChangeStatus.Pending)
        {
            return TrustErrors.AlreadyDecided(change.Status);
        }

        var errors = new List<Error>();
        var trimmed = AgencyInput.CheckNote(note, errors);
        if (errors.Count > 0)
        {
            return Result<TrustChangeView>.Failure(errors);
        }

        change.Status = TrustChangeStatus.Rejected;
        change.DecidedBy = actor.Id;
        change.DecidedAt = clock.GetUtcNow();
        change.DecisionNote = trimmed;
        change.RowVersion++;
        events.Record(db, LedgerEventTypes.TrustChangeRejected, actor, subject, new { change = change.Id, kind = change.Kind, proposedBy = change.ProposedBy, note = trimmed });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return TrustErrors.Stale;
        }

        var agency = await db.Agencies.AsNoTracking().FirstAsync(a => a.Id == change.AgencyId, cancellationToken);
        return View(change, agency.Name, await NeedsSeniorAsync(agency, cancellationToken));
    }

    /// <summary>The proposals of one agency (or of all, when null), pending first, newest first.</summary>
    public async Task<IReadOnlyList<TrustChangeView>> ListAsync(string? agencyId = null, bool pendingOnly = false, CancellationToken cancellationToken = default)
    {
        var query = db.TrustChanges.AsNoTracking();
        if (agencyId is not null)
        {
            query = query.Where(c => c.AgencyId == agencyId);
        }

        if (pendingOnly)
        {
            query = query.Where(c => c.Status == TrustChangeStatus.Pending);
        }

        var changes = await query.OrderByDescending(c => c.ProposedAt).Take(500).ToListAsync(cancellationToken);
        var agencyIds = changes.Select(c => c.AgencyId).Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToListAsync(cancellationToken);
        var views = new List<TrustChangeView>(changes.Count);
        foreach (var change in changes)
        {
            var agency = agencies.First(a => a.Id == change.AgencyId);
            views.Add(View(change, agency.Name, await NeedsSeniorAsync(agency, cancellationToken)));
        }

        return views.OrderBy(v => v.Status != TrustChangeStatus.Pending).ThenByDescending(v => v.ProposedAt).ToArray();
    }

    /// <summary>Checks who asks first (a refusal is ledgered whatever the input), then the input, then records the proposal.</summary>
    private async Task<Result<TrustChangeView>> ProposeAsync(
        TrustChangeKind kind, string agencyId, Func<Result<TrustProposal>> build, Actor actor, CancellationToken cancellationToken)
    {
        var subject = AgencyRegistry.Subject(agencyId);
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.DecideTrust, subject, cancellationToken) is { } denied)
        {
            return denied;
        }

        var built = build();
        if (!built.IsSuccess)
        {
            return Result<TrustChangeView>.Failure(built.Errors);
        }

        var proposal = built.Value;

        var agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agencyId, cancellationToken);
        if (agency is null)
        {
            return AgencyErrors.NotFound(agencyId);
        }

        var change = new TrustChangeRecord
        {
            Id = Ids.New("trc"),
            AgencyId = agencyId,
            Kind = kind,
            Payload = JsonSerializer.Serialize(proposal, PayloadJson),
            ProposedBy = actor.Id,
            ProposedAt = clock.GetUtcNow(),
            Status = TrustChangeStatus.Pending,
            RowVersion = 1,
        };
        db.TrustChanges.Add(change);
        var senior = await NeedsSeniorAsync(agency, cancellationToken);
        events.Record(db, LedgerEventTypes.TrustChangeProposed, actor, subject,
            new { change = change.Id, kind, summary = Summary(kind, proposal), needsSenior = senior });
        await db.SaveChangesAsync(cancellationToken);
        return View(change, agency.Name, senior);
    }

    private async Task<bool> NeedsSeniorAsync(AgencyRecord agency, CancellationToken cancellationToken)
    {
        var policy = await policies.GetActiveAsync(cancellationToken);
        var tier = ScrutinyEngine.TierOf(policy.Policy, agency.Country, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return TrustRules.NeedsSeniorApproval(agency.Type, tier);
    }

    private static Actor ProposerOf(TrustChangeRecord change) =>
        change.ProposedBy.StartsWith("staff:", StringComparison.Ordinal) ? Actor.Staff(change.ProposedBy["staff:".Length..]) : Actor.CommandLine;

    private static TrustChangeView View(TrustChangeRecord change, string agencyName, bool senior) => new(
        change.Id, change.AgencyId, agencyName, change.Kind,
        Summary(change.Kind, JsonSerializer.Deserialize<TrustProposal>(change.Payload, PayloadJson)!),
        change.ProposedBy, change.ProposedAt, change.Status, change.DecidedBy, change.DecidedAt, change.DecisionNote, senior);

    private static string Summary(TrustChangeKind kind, TrustProposal p) => kind switch
    {
        TrustChangeKind.RecordVerification => $"{(p.Outcome == VerificationOutcome.Failed ? "failed" : "verified")} by {KebabCase.Format(p.Method!.Value)}: {p.Note}{(p.Phone is null ? "" : $" (published number {p.Phone})")}",
        TrustChangeKind.ClearFlag => $"clear {p.Flag}: {p.Note}",
        TrustChangeKind.RegisterCertificate => $"certificate SHA-256 {p.CertificateThumbprint}",
        TrustChangeKind.CreateAgencyKey => $"API key “{p.KeyName}”",
        _ => KebabCase.Format(kind),
    };
}
