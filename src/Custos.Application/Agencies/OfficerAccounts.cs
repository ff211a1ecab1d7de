using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Application.SignIn;
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
/// Officer accounts for the agency portal: registration with an official address (never free mail), activation once
/// the agency is verified out-of-band, disabling, unlocking and second-factor resets. Every change is a ledger event
/// (signing in is <see cref="OfficerSignIn"/>).
/// </summary>
public sealed class OfficerAccounts(
    CustosDbContext db, EventRecorder events, TimeProvider clock, AgencyRegistry registry, LedgerAppender? appender = null)
{
    public const int MinimumPasswordLength = 12;

    public const int MaxFieldLength = 200;

    /// <summary>
    /// Self-registration in the portal: if the address's domain belongs to a registered agency the officer joins it;
    /// otherwise the agency described in the form is registered with that domain. Either way the account waits for
    /// out-of-band verification.
    /// </summary>
    public async Task<Result<OfficerRegistration>> SelfRegisterAsync(OfficerSelfRegistration input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var existing = EmailAddresses.TryNormalise(input.Email, out _, out var domain) ? await registry.FindByDomainAsync(domain, cancellationToken) : null;
        NewOfficerAgency? newAgency = null;
        if (existing is null)
        {
            if (!KebabCase.TryParse<AgencyType>(input.AgencyType, out var type))
            {
                return AgencyErrors.TypeInvalid(input.AgencyType) with { Field = "agency.type" };
            }

            newAgency = new NewOfficerAgency(input.AgencyName ?? string.Empty, input.AgencyCountry ?? string.Empty, type);
        }

        return await RegisterAsync(
            new NewOfficer(input.Name ?? string.Empty, input.Title, input.Email ?? string.Empty, input.Phone, input.Password ?? string.Empty, existing?.Id, newAgency),
            cancellationToken);
    }

    /// <summary>
    /// Registers an officer, pending until their agency is verified out-of-band (or, for an agency verified already,
    /// until an analyst activates them). A refusal for a free-mail address is itself a ledger event.
    /// </summary>
    public async Task<Result<OfficerRegistration>> RegisterAsync(NewOfficer input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<Error>();
        var name = (input.Name ?? string.Empty).Trim();
        if (name.Length is 0 or > MaxFieldLength)
        {
            errors.Add(OfficerErrors.NameMissing);
        }

        var emailValid = EmailAddresses.TryNormalise(input.Email, out var email, out var domain);
        var freeMail = emailValid && FreeMailDomains.IsFreeMail(domain);
        if (!emailValid)
        {
            errors.Add(OfficerErrors.EmailInvalid);
        }
        else if (freeMail)
        {
            errors.Add(OfficerErrors.FreeMail(domain));
        }

        if ((input.Password ?? string.Empty).Length < MinimumPasswordLength)
        {
            errors.Add(OfficerErrors.PasswordTooShort);
        }

        if (input.AgencyId is null && input.NewAgency is null)
        {
            errors.Add(OfficerErrors.AgencyMissing);
        }
        else if (input.AgencyId is not null && input.NewAgency is not null)
        {
            errors.Add(OfficerErrors.AgencyAmbiguous);
        }

        if (freeMail)
        {
            // Someone tried to register as an officer from free mail: worth a record (the domain only, nothing typed).
            await AppendAsync(LedgerEventTypes.OfficerRegistrationRefused, Actor.Anonymous, "email-domain:" + domain,
                new { reason = "free-mail", domain }, cancellationToken);
        }

        if (errors.Count > 0)
        {
            return Result<OfficerRegistration>.Failure(errors);
        }

        if (await db.Officers.AnyAsync(o => o.Email == email, cancellationToken))
        {
            return OfficerErrors.EmailTaken;
        }

        var officerId = Ids.New("off");
        var actor = Actor.Officer(officerId);
        AgencyRecord agency;
        if (input.AgencyId is { } agencyId)
        {
            var existing = await db.Agencies.Include(a => a.Domains).FirstOrDefaultAsync(a => a.Id == agencyId, cancellationToken);
            if (existing is null)
            {
                return OfficerErrors.AgencyNotFound(agencyId);
            }

            if (!existing.Domains.Any(d => string.Equals(d.Domain, domain, StringComparison.Ordinal)))
            {
                return OfficerErrors.DomainNotAgency(domain);
            }

            agency = existing;
        }
        else
        {
            var owner = await registry.FindByDomainAsync(domain, cancellationToken);
            if (owner is not null)
            {
                return OfficerErrors.AgencyAlreadyRegistered(domain, owner.Name);
            }

            var details = input.NewAgency!;
            var staged = await registry.StageAsync(new NewAgency(details.Name, details.Country, details.Type, [domain]), actor, cancellationToken);
            if (!staged.IsSuccess)
            {
                // The new agency's fields are named as the agency's, so that they cannot be mistaken for the officer's.
                return Result<OfficerRegistration>.Failure(staged.Errors.Select(e => e with { Field = "agency." + e.Field }).ToList());
            }

            agency = staged.Value;
        }

        var officer = new OfficerRecord
        {
            Id = officerId,
            AgencyId = agency.Id,
            Name = name,
            Title = Optional(input.Title),
            Email = email,
            Phone = Optional(input.Phone),
            PasswordHash = string.Empty,
            Status = OfficerStatus.Pending,
            CreatedAt = clock.GetUtcNow(),
        };
        officer.PasswordHash = PasswordVerifier.Instance.Hash(input.Password!);
        db.Officers.Add(officer);
        events.Record(db, LedgerEventTypes.OfficerRegistered, actor, Subject(officer.Id), new
        {
            officerId = officer.Id,
            agencyId = agency.Id,
            domain,
            agencyCreated = input.NewAgency is not null,
        }, [AgencyRegistry.Subject(agency.Id)]);
        await db.SaveChangesAsync(cancellationToken);
        var view = await registry.GetAsync(agency.Id, cancellationToken);
        return new OfficerRegistration(RegisteredOfficer.From(officer), view!, input.NewAgency is not null);
    }

    /// <summary>Lets an officer of an agency verified out-of-band sign in (again, when they were disabled).</summary>
    public async Task<Result<RegisteredOfficer>> ActivateAsync(string officerId, Actor actor, CancellationToken cancellationToken = default)
    {
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.ManageAgencyAccess, cancellationToken: cancellationToken) is { } denied)
        {
            return denied;
        }

        var officer = await db.Officers.FirstOrDefaultAsync(o => o.Id == officerId, cancellationToken);
        if (officer is null)
        {
            return OfficerErrors.NotFound(officerId);
        }

        var verification = await db.Agencies.Where(a => a.Id == officer.AgencyId).Select(a => a.Verification).FirstAsync(cancellationToken);
        if (verification != AgencyVerification.VerifiedOutOfBand)
        {
            return OfficerErrors.AgencyNotVerified;
        }

        if (officer.Status != OfficerStatus.Active)
        {
            var before = officer.Status;
            officer.Status = OfficerStatus.Active;
            officer.ActivatedAt = clock.GetUtcNow();
            events.Record(db, LedgerEventTypes.OfficerActivated, actor, Subject(officer.Id),
                new { officerId = officer.Id, agencyId = officer.AgencyId, before, reason = "activated-by-staff" }, [AgencyRegistry.Subject(officer.AgencyId)]);
            await db.SaveChangesAsync(cancellationToken);
        }

        return RegisteredOfficer.From(officer);
    }

    public async Task<Result<RegisteredOfficer>> DisableAsync(string officerId, Actor actor, CancellationToken cancellationToken = default)
    {
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.ManageAgencyAccess, cancellationToken: cancellationToken) is { } denied)
        {
            return denied;
        }

        var officer = await db.Officers.FirstOrDefaultAsync(o => o.Id == officerId, cancellationToken);
        if (officer is null)
        {
            return OfficerErrors.NotFound(officerId);
        }

        if (officer.Status != OfficerStatus.Disabled)
        {
            var before = officer.Status;
            officer.Status = OfficerStatus.Disabled;
            var ended = await SignInSessions.EndAllAsync(db, SessionHolder.Officer, officer.Id, clock.GetUtcNow(), "disabled", cancellationToken);
            events.Record(db, LedgerEventTypes.OfficerDisabled, actor, Subject(officer.Id),
                new { officerId = officer.Id, agencyId = officer.AgencyId, before, sessionsEnded = ended }, [AgencyRegistry.Subject(officer.AgencyId)]);
            await db.SaveChangesAsync(cancellationToken);
        }

        return RegisteredOfficer.From(officer);
    }

    /// <summary>Ends an officer's lockout after repeated failed sign-ins before its time, and forgets the failures.</summary>
    public async Task<Result<RegisteredOfficer>> UnlockAsync(string officerId, Actor actor, CancellationToken cancellationToken = default)
    {
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.ManageAgencyAccess, Subject(officerId), cancellationToken) is { } denied)
        {
            return denied;
        }

        var officer = await db.Officers.FirstOrDefaultAsync(o => o.Id == officerId, cancellationToken);
        if (officer is null)
        {
            return OfficerErrors.NotFound(officerId);
        }

        var lockedUntil = officer.LockedUntil;
        if (SignInGuard.Unlock(officer))
        {
            events.Record(db, LedgerEventTypes.OfficerUnlocked, actor, Subject(officer.Id),
                new { officerId = officer.Id, agencyId = officer.AgencyId, lockedUntil }, [AgencyRegistry.Subject(officer.AgencyId)]);
            await db.SaveChangesAsync(cancellationToken);
        }

        return RegisteredOfficer.From(officer);
    }

    /// <summary>Removes an officer's second factor (a lost phone) and ends their portal sessions.</summary>
    public async Task<Result<RegisteredOfficer>> ResetSecondFactorAsync(string officerId, Actor actor, CancellationToken cancellationToken = default)
    {
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.ManageAgencyAccess, Subject(officerId), cancellationToken) is { } denied)
        {
            return denied;
        }

        var officer = await db.Officers.FirstOrDefaultAsync(o => o.Id == officerId, cancellationToken);
        if (officer is null)
        {
            return OfficerErrors.NotFound(officerId);
        }

        var had = officer.TotpSecret is not null;
        SecondFactors.Remove(officer);
        var ended = await SignInSessions.EndAllAsync(db, SessionHolder.Officer, officer.Id, clock.GetUtcNow(), "second-factor-reset", cancellationToken);
        events.Record(db, LedgerEventTypes.OfficerSecondFactorReset, actor, Subject(officer.Id),
            new { officerId = officer.Id, agencyId = officer.AgencyId, hadFactor = had, sessionsEnded = ended }, [AgencyRegistry.Subject(officer.AgencyId)]);
        await db.SaveChangesAsync(cancellationToken);
        return RegisteredOfficer.From(officer);
    }

    /// <summary>The officers locked now after repeated failed sign-ins, soonest unlocked first.</summary>
    public async Task<IReadOnlyList<LockedAccount>> ListLockedAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.NowToTheMillisecond();
        var locked = await db.Officers.AsNoTracking().Where(o => o.LockedUntil != null && o.LockedUntil > now).ToListAsync(cancellationToken);
        return locked.OrderBy(o => o.LockedUntil).ThenBy(o => o.Email, StringComparer.Ordinal)
            .Select(o => new LockedAccount(o.Id, o.Email, o.Name, o.LockedUntil!.Value, o.Lockouts))
            .ToList();
    }

    /// <summary>The officer as a principal while they may use the portal (active, agency not failed); null otherwise.</summary>
    public async Task<OfficerPrincipal?> FindActiveAsync(string officerId, CancellationToken cancellationToken = default)
    {
        var found = await (
            from o in db.Officers.AsNoTracking()
            join a in db.Agencies.AsNoTracking() on o.AgencyId equals a.Id
            where o.Id == officerId
            select new { Officer = o, Agency = a }).FirstOrDefaultAsync(cancellationToken);
        return found is null || !MayUsePortal(found.Officer, found.Agency) ? null : Principal(found.Officer, found.Agency);
    }

    public async Task<RegisteredOfficer?> GetAsync(string officerId, CancellationToken cancellationToken = default)
    {
        var officer = await db.Officers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == officerId, cancellationToken);
        return officer is null ? null : RegisteredOfficer.From(officer);
    }

    /// <summary>Officers, of one agency or of all, ordered by agency then name.</summary>
    public async Task<IReadOnlyList<RegisteredOfficer>> ListAsync(string? agencyId = null, CancellationToken cancellationToken = default)
    {
        var query = db.Officers.AsNoTracking();
        if (agencyId is not null)
        {
            query = query.Where(o => o.AgencyId == agencyId);
        }

        return (await query.ToListAsync(cancellationToken))
            .OrderBy(o => o.AgencyId, StringComparer.Ordinal)
            .ThenBy(o => o.Name, StringComparer.Ordinal)
            .Select(RegisteredOfficer.From)
            .ToList();
    }

    public static string Subject(string officerId) => "officer:" + officerId;

    /// <summary>An active officer of an agency whose verification has not failed.</summary>
    internal static bool MayUsePortal(OfficerRecord officer, AgencyRecord agency) =>
        officer.Status == OfficerStatus.Active && agency.Verification != AgencyVerification.Failed;

    internal static OfficerPrincipal Principal(OfficerRecord officer, AgencyRecord agency) =>
        new(officer.Id, officer.AgencyId, officer.Name, officer.Email, agency.Name) { SecondFactorEnrolled = officer.TotpSecret is not null };

    private static string? Optional(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length <= MaxFieldLength ? trimmed : trimmed[..MaxFieldLength];
    }

    /// <summary>An event that is a state change of its own: through the group-committing appender when there is one.</summary>
    private async Task AppendAsync(
        LedgerEventType type, Actor actor, string subject, object details, CancellationToken cancellationToken, IReadOnlyList<string>? references = null)
    {
        if (appender is not null)
        {
            await appender.AppendAsync(type, actor, subject, details, references, cancellationToken);
            return;
        }

        events.Record(db, type, actor, subject, details, references);
        await db.SaveChangesAsync(cancellationToken);
    }
}
