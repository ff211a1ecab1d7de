using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Domain.Agencies;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Domain.Requests;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Agencies;

/// <summary>
/// The registry of requesting agencies: their official domains, out-of-band verification, reputation flags and the
/// certificate productions are encrypted to. Every change is a ledger event committed with it.
/// </summary>
public sealed class AgencyRegistry(CustosDbContext db, EventRecorder events, TimeProvider clock)
{
    public const int MaxNameLength = 200;

    public const int MaxNoteLength = 2000;

    public async Task<Result<RegisteredAgency>> RegisterAsync(NewAgency input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.RegisterAgency, null, cancellationToken) is { } denied)
        {
            return denied;
        }

        var staged = await StageAsync(input, actor, cancellationToken);
        if (!staged.IsSuccess)
        {
            return Result<RegisteredAgency>.Failure(staged.Errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return RegisteredAgency.From(staged.Value, 0);
    }

    /// <summary>
    /// Checks a new agency and stages it with its ledger event on the unit of work, for the caller's next
    /// <c>SaveChanges</c> (officer self-registration commits the agency and the officer together).
    /// </summary>
    internal async Task<Result<AgencyRecord>> StageAsync(NewAgency input, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var errors = new List<Error>();
        var name = (input.Name ?? string.Empty).Trim();
        if (name.Length is 0 or > MaxNameLength)
        {
            errors.Add(AgencyErrors.NameMissing);
        }

        var country = AgencyInput.NormaliseCountry(input.Country);
        if (country is null)
        {
            errors.Add(AgencyErrors.CountryInvalid(input.Country));
        }

        if (!Enum.IsDefined(input.Type))
        {
            errors.Add(AgencyErrors.TypeInvalid(input.Type.ToString()));
        }

        var domains = AgencyInput.CheckDomains(input.Domains, errors);
        if (errors.Count > 0)
        {
            return Result<AgencyRecord>.Failure(errors);
        }

        var taken = await db.AgencyDomains.AsNoTracking().Where(d => domains.Contains(d.Domain)).Select(d => d.Domain).ToListAsync(cancellationToken);
        if (taken.Count > 0)
        {
            return Result<AgencyRecord>.Failure(taken.Order(StringComparer.Ordinal).Select(AgencyErrors.DomainTaken).ToList());
        }

        var record = new AgencyRecord
        {
            Id = Ids.New("agy"),
            Name = name,
            Country = country!,
            Type = input.Type,
            Verification = AgencyVerification.None,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = actor.Id,
        };
        record.Domains.AddRange(domains.Select(d => new AgencyDomainRecord { Domain = d, AgencyId = record.Id }));
        db.Agencies.Add(record);
        events.Record(db, LedgerEventTypes.AgencyRegistered, actor, Subject(record.Id), new
        {
            agencyId = record.Id,
            name,
            country,
            type = record.Type,
            domains,
        });
        return record;
    }

    public async Task<RegisteredAgency?> GetAsync(string agencyId, CancellationToken cancellationToken = default)
    {
        var record = await db.Agencies.AsNoTracking().Include(a => a.Domains).FirstOrDefaultAsync(a => a.Id == agencyId, cancellationToken);
        return record is null ? null : RegisteredAgency.From(record, await db.Officers.CountAsync(o => o.AgencyId == agencyId, cancellationToken));
    }

    /// <summary>The agency that owns <paramref name="domain"/> (exactly: a subdomain is registered on its own).</summary>
    public async Task<RegisteredAgency?> FindByDomainAsync(string domain, CancellationToken cancellationToken = default)
    {
        var normalised = DomainNames.Normalise(domain);
        if (normalised is null)
        {
            return null;
        }

        var owner = await db.AgencyDomains.AsNoTracking().Where(d => d.Domain == normalised).Select(d => d.AgencyId).FirstOrDefaultAsync(cancellationToken);
        return owner is null ? null : await GetAsync(owner, cancellationToken);
    }

    /// <summary>An agency by its id (<c>agy_…</c>) or by one of its domains, as people type it on the command line.</summary>
    public async Task<RegisteredAgency?> ResolveAsync(string idOrDomain, CancellationToken cancellationToken = default) =>
        await GetAsync(idOrDomain ?? string.Empty, cancellationToken) ?? await FindByDomainAsync(idOrDomain ?? string.Empty, cancellationToken);

    public async Task<IReadOnlyList<RegisteredAgency>> ListAsync(AgencyFilter? filter = null, CancellationToken cancellationToken = default)
    {
        filter ??= AgencyFilter.All;
        var query = db.Agencies.AsNoTracking().Include(a => a.Domains).AsQueryable();
        if (AgencyInput.NormaliseCountry(filter.Country) is { } country)
        {
            query = query.Where(a => a.Country == country);
        }

        if (filter.Type is { } type)
        {
            query = query.Where(a => a.Type == type);
        }

        if (filter.Verification is { } verification)
        {
            query = query.Where(a => a.Verification == verification);
        }

        var records = await query.ToListAsync(cancellationToken);
        var counts = await db.Officers.AsNoTracking().GroupBy(o => o.AgencyId)
            .Select(g => new { AgencyId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.AgencyId, g => g.Count, StringComparer.Ordinal, cancellationToken);
        var text = filter.Text?.Trim();
        return records
            .Where(a => string.IsNullOrEmpty(text) ||
                a.Name.Contains(text, StringComparison.OrdinalIgnoreCase) ||
                a.Domains.Any(d => d.Domain.Contains(text, StringComparison.OrdinalIgnoreCase)))
            .Select(a => RegisteredAgency.From(a, counts.GetValueOrDefault(a.Id)))
            .OrderBy(a => a.Country, StringComparer.Ordinal)
            .ThenBy(a => a.Name, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<Result<RegisteredAgency>> AddDomainAsync(string agencyId, string domain, Actor actor, CancellationToken cancellationToken = default)
    {
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.ManageAgencyAccess, Subject(agencyId), cancellationToken) is { } denied)
        {
            return denied;
        }

        var errors = new List<Error>();
        var domains = AgencyInput.CheckDomains([domain], errors);
        if (errors.Count > 0)
        {
            return Result<RegisteredAgency>.Failure(errors);
        }

        var record = await LoadAsync(agencyId, cancellationToken);
        if (record is null)
        {
            return AgencyErrors.NotFound(agencyId);
        }

        var normalised = domains[0];
        var owner = await db.AgencyDomains.AsNoTracking().Where(d => d.Domain == normalised).Select(d => d.AgencyId).FirstOrDefaultAsync(cancellationToken);
        if (owner is not null)
        {
            return string.Equals(owner, record.Id, StringComparison.Ordinal) ? await ViewAsync(record, cancellationToken) : AgencyErrors.DomainTaken(normalised);
        }

        record.Domains.Add(new AgencyDomainRecord { Domain = normalised, AgencyId = record.Id });
        events.Record(db, LedgerEventTypes.AgencyDomainAdded, actor, Subject(record.Id), new { agencyId = record.Id, domain = normalised });
        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(record, cancellationToken);
    }

    /// <summary>
    /// Records an out-of-band check. A verified agency's pending officers become active (each an <c>officer.activated</c>
    /// event); a failed one can no longer sign in or use its API keys.
    /// </summary>
    /// <remarks>Staff need <paramref name="approval"/> (four eyes, through <see cref="TrustChanges"/>); the operator acts alone.</remarks>
    public Task<Result<VerificationRecorded>> RecordVerificationAsync(
        string agencyId, VerificationOutcome outcome, VerificationMethod method, string note, Actor actor, CancellationToken cancellationToken = default) =>
        RecordVerificationAsync(agencyId, outcome, method, note, null, actor, null, cancellationToken);

    /// <summary>
    /// Records a verification with the agency's published telephone number (see
    /// <see cref="TrustChanges.ProposeVerificationAsync(string, VerificationOutcome, VerificationMethod, string, string?, Actor, CancellationToken)"/>).
    /// </summary>
    public Task<Result<VerificationRecorded>> RecordVerificationAsync(
        string agencyId, VerificationOutcome outcome, VerificationMethod method, string note, string? phone, Actor actor, CancellationToken cancellationToken = default) =>
        RecordVerificationAsync(agencyId, outcome, method, note, phone, actor, null, cancellationToken);

    /// <inheritdoc cref="RecordVerificationAsync(string, VerificationOutcome, VerificationMethod, string, Actor, CancellationToken)"/>
    internal async Task<Result<VerificationRecorded>> RecordVerificationAsync(
        string agencyId, VerificationOutcome outcome, VerificationMethod method, string note, string? phone, Actor actor, TrustApproval? approval,
        CancellationToken cancellationToken)
    {
        if (await TrustGateAsync(TrustChangeKind.RecordVerification, agencyId, actor, approval, cancellationToken) is { } denied)
        {
            return denied;
        }

        var errors = new List<Error>();
        if (!Enum.IsDefined(method))
        {
            errors.Add(AgencyErrors.MethodInvalid(method.ToString()));
        }

        var trimmedNote = AgencyInput.CheckNote(note, errors);
        var published = AgencyInput.CheckPhone(phone, errors);
        if (!Enum.IsDefined(outcome))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome));
        }

        if (errors.Count > 0)
        {
            return Result<VerificationRecorded>.Failure(errors);
        }

        var record = await LoadAsync(agencyId, cancellationToken);
        if (record is null)
        {
            return AgencyErrors.NotFound(agencyId);
        }

        var now = clock.GetUtcNow();
        var before = record.Verification;
        record.Verification = outcome == VerificationOutcome.Verified ? AgencyVerification.VerifiedOutOfBand : AgencyVerification.Failed;
        record.VerificationMethod = method;
        record.VerificationNote = trimmedNote;
        record.VerifiedBy = actor.Id;
        record.VerifiedAt = now;
        if (published is not null)
        {
            record.Phone = published;
        }

        events.Record(db, LedgerEventTypes.AgencyVerificationRecorded, actor, Subject(record.Id), new
        {
            agencyId = record.Id,
            before,
            after = record.Verification,
            method = record.VerificationMethod,
            note = trimmedNote,
            phone = published,
            approvedBy = approval?.Approver.Id,
            change = approval?.ChangeId,
        });

        var activated = new List<string>();
        if (outcome == VerificationOutcome.Verified)
        {
            var pending = await db.Officers.Where(o => o.AgencyId == record.Id && o.Status == OfficerStatus.Pending).ToListAsync(cancellationToken);
            foreach (var officer in pending.OrderBy(o => o.Id, StringComparer.Ordinal))
            {
                officer.Status = OfficerStatus.Active;
                officer.ActivatedAt = now;
                events.Record(db, LedgerEventTypes.OfficerActivated, actor, OfficerAccounts.Subject(officer.Id),
                    new { officerId = officer.Id, agencyId = record.Id, reason = "agency-verified" }, [Subject(record.Id)]);
                activated.Add(officer.Id);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new VerificationRecorded(await ViewAsync(record, cancellationToken), activated);
    }

    public async Task<Result<RegisteredAgency>> FlagReputationAsync(string agencyId, string flag, string note, Actor actor, CancellationToken cancellationToken = default) =>
        await ChangeFlagAsync(agencyId, flag, note, actor, set: true, null, cancellationToken);

    /// <remarks>Staff need <paramref name="approval"/> (four eyes, through <see cref="TrustChanges"/>); the operator acts alone.</remarks>
    public Task<Result<RegisteredAgency>> ClearReputationAsync(string agencyId, string flag, string note, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeFlagAsync(agencyId, flag, note, actor, set: false, null, cancellationToken);

    /// <inheritdoc cref="ClearReputationAsync(string, string, string, Actor, CancellationToken)"/>
    internal Task<Result<RegisteredAgency>> ClearReputationAsync(string agencyId, string flag, string note, Actor actor, TrustApproval? approval, CancellationToken cancellationToken) =>
        ChangeFlagAsync(agencyId, flag, note, actor, set: false, approval, cancellationToken);

    /// <summary>Registers (or replaces) the certificate the agency's productions are encrypted to.</summary>
    /// <remarks>Staff need <paramref name="approval"/> (four eyes, through <see cref="TrustChanges"/>); the operator acts alone.</remarks>
    public Task<Result<RegisteredAgency>> RegisterCertificateAsync(string agencyId, string pem, Actor actor, CancellationToken cancellationToken = default) =>
        RegisterCertificateAsync(agencyId, pem, actor, null, cancellationToken);

    /// <inheritdoc cref="RegisterCertificateAsync(string, string, Actor, CancellationToken)"/>
    internal async Task<Result<RegisteredAgency>> RegisterCertificateAsync(string agencyId, string pem, Actor actor, TrustApproval? approval, CancellationToken cancellationToken)
    {
        if (await TrustGateAsync(TrustChangeKind.RegisterCertificate, agencyId, actor, approval, cancellationToken) is { } denied)
        {
            return denied;
        }

        var checkedCertificate = AgencyCertificates.Check(pem, clock.GetUtcNow());
        if (!checkedCertificate.IsSuccess)
        {
            return Result<RegisteredAgency>.Failure(checkedCertificate.Errors);
        }

        var record = await LoadAsync(agencyId, cancellationToken);
        if (record is null)
        {
            return AgencyErrors.NotFound(agencyId);
        }

        var certificate = checkedCertificate.Value;
        var replaced = record.CertificateThumbprint;
        record.CertificatePem = certificate.Pem;
        record.CertificateThumbprint = certificate.Thumbprint;
        record.CertificateNotAfter = certificate.NotAfter;
        events.Record(db, LedgerEventTypes.AgencyCertificateRegistered, actor, Subject(record.Id), new
        {
            agencyId = record.Id,
            thumbprint = certificate.Thumbprint,
            notAfter = certificate.NotAfter,
            replaced,
            approvedBy = approval?.Approver.Id,
            change = approval?.ChangeId,
        });
        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(record, cancellationToken);
    }

    public static string Subject(string agencyId) => "agency:" + agencyId;

    /// <summary>
    /// The door of a trust decision: the operator acts alone; staff may act only with a second person's approval
    /// (<see cref="TrustChanges"/> checked it); anyone else is refused, and the refusal is ledgered.
    /// </summary>
    internal async Task<Error?> TrustGateAsync(TrustChangeKind kind, string agencyId, Actor actor, TrustApproval? approval, CancellationToken cancellationToken)
    {
        if (approval is not null)
        {
            return null;
        }

        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.DecideTrust, Subject(agencyId), cancellationToken) is { } denied)
        {
            return denied;
        }

        return TrustRules.ActsAlone(actor)
            ? null
            : await AccessGuard.RefuseAsync(db, events, actor, StaffAction.DecideTrust, TrustRules.FourEyesRequired(kind), Subject(agencyId), cancellationToken);
    }

    private async Task<Result<RegisteredAgency>> ChangeFlagAsync(
        string agencyId, string flag, string note, Actor actor, bool set, TrustApproval? approval, CancellationToken cancellationToken)
    {
        // Raising a flag is triage anyone taking requests in may do; clearing one is a trust decision (four eyes).
        var denied = set
            ? await AccessGuard.CheckAsync(db, events, actor, StaffAction.RegisterAgency, Subject(agencyId), cancellationToken)
            : await TrustGateAsync(TrustChangeKind.ClearFlag, agencyId, actor, approval, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        ArgumentNullException.ThrowIfNull(actor);
        var errors = new List<Error>();
        var token = (flag ?? string.Empty).Trim();
        if (!ReputationFlags.IsValid(token))
        {
            errors.Add(AgencyErrors.FlagInvalid(flag));
        }

        var trimmedNote = AgencyInput.CheckNote(note, errors);
        if (errors.Count > 0)
        {
            return Result<RegisteredAgency>.Failure(errors);
        }

        var record = await LoadAsync(agencyId, cancellationToken);
        if (record is null)
        {
            return AgencyErrors.NotFound(agencyId);
        }

        var flags = ReputationFlags.Parse(record.ReputationFlags).ToList();
        var present = flags.Contains(token, StringComparer.Ordinal);
        if (set && present)
        {
            return AgencyErrors.AlreadyFlagged(token);
        }

        if (!set && !present)
        {
            return AgencyErrors.FlagNotSet(token);
        }

        if (set)
        {
            flags.Add(token);
        }
        else
        {
            flags.Remove(token);
        }

        record.ReputationFlags = ReputationFlags.Format(flags);
        events.Record(db, set ? LedgerEventTypes.AgencyReputationFlagged : LedgerEventTypes.AgencyReputationCleared, actor, Subject(record.Id),
            new { agencyId = record.Id, flag = token, note = trimmedNote, approvedBy = approval?.Approver.Id, change = approval?.ChangeId });
        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(record, cancellationToken);
    }

    private Task<AgencyRecord?> LoadAsync(string agencyId, CancellationToken cancellationToken) =>
        db.Agencies.Include(a => a.Domains).FirstOrDefaultAsync(a => a.Id == agencyId, cancellationToken);

    private async Task<RegisteredAgency> ViewAsync(AgencyRecord record, CancellationToken cancellationToken) =>
        RegisteredAgency.From(record, await db.Officers.CountAsync(o => o.AgencyId == record.Id, cancellationToken));
}
