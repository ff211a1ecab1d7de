using System.Security.Cryptography;
using System.Text;
using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Domain.Agencies;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Domain.Requests;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Access;

/// <summary>
/// API keys for agencies and automation: <c>custos_&lt;prefix&gt;_&lt;secret&gt;</c>. Only the SHA-256 of the secret is
/// stored (the secret has 256 bits of entropy, so a slow hash adds nothing); the key is shown once, at creation.
/// </summary>
public sealed class ApiKeys(CustosDbContext db, EventRecorder events, TimeProvider clock)
{
    public const string KeyPrefix = "custos_";

    /// <summary>A key just created: the record and the one and only copy of the key text.</summary>
    public sealed record CreatedKey(ApiKeyInfo Record, string Key);

    /// <summary>Who a presented key acts as.</summary>
    public sealed record KeyOwner(string KeyId, string Name, string? OwnerUserId, string? AgencyId);

    public async Task<Result<CreatedKey>> CreateAsync(
        string name, string? ownerUserId, string? agencyId, DateTimeOffset? expiresAt, Actor actor, CancellationToken cancellationToken = default)
        => await CreateAsync(name, ownerUserId, agencyId, expiresAt, actor, null, cancellationToken);

    private async Task<Result<CreatedKey>> CreateAsync(
        string name, string? ownerUserId, string? agencyId, DateTimeOffset? expiresAt, Actor actor, Agencies.TrustApproval? approval,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            return Error.Invalid("apikeys.name-invalid", "A key needs a name of 1 to 100 characters saying what it is for.", "name");
        }

        if ((ownerUserId is null) == (agencyId is null))
        {
            return Error.Invalid("apikeys.owner-invalid", "A key belongs to exactly one member of staff or one agency.", "owner");
        }

        var denied = agencyId is null
            ? await AccessGuard.CheckAsync(db, events, actor, StaffAction.Administer, cancellationToken: cancellationToken)
            : await TrustGateAsync(agencyId, actor, approval, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        if (ownerUserId is not null && !await db.StaffUsers.AnyAsync(u => u.Id == ownerUserId && !u.IsDisabled, cancellationToken))
        {
            return Error.NotFound("apikeys.owner-not-found", "The member of staff the key would act as does not exist or is disabled.");
        }

        if (agencyId is not null)
        {
            var verification = await db.Agencies.Where(a => a.Id == agencyId).Select(a => (AgencyVerification?)a.Verification).FirstOrDefaultAsync(cancellationToken);
            if (verification is null)
            {
                return Error.NotFound("apikeys.agency-not-found", $"No agency has id '{agencyId}'.");
            }

            if (verification == AgencyVerification.Failed)
            {
                return Error.Conflict("apikeys.agency-failed", "The agency failed verification: it cannot be given an API key.");
            }
        }

        var now = clock.GetUtcNow();
        if (expiresAt is not null && expiresAt <= now)
        {
            return Error.Invalid("apikeys.expiry-in-past", "The expiry must be in the future.", "expiresAt");
        }

        var prefix = Ids.New("k", 10)[2..];
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var record = new ApiKeyRecord
        {
            Id = Ids.New("key"),
            Prefix = prefix,
            SecretHash = Hash(secret),
            Name = name.Trim(),
            OwnerUserId = ownerUserId,
            AgencyId = agencyId,
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
        db.ApiKeys.Add(record);
        events.Record(db, LedgerEventTypes.ApiKeyCreated, actor, "apikey:" + record.Id, new
        {
            keyId = record.Id,
            prefix,
            ownerUserId,
            agencyId,
            expiresAt,
            approvedBy = approval?.Approver.Id,
            change = approval?.ChangeId,
        }, agencyId is null ? null : ["agency:" + agencyId]);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedKey(ApiKeyInfo.From(record), $"{KeyPrefix}{prefix}_{secret}");
    }

    /// <summary>
    /// A key scoped to one agency: it acts for the agency, never for a member of staff. A trust decision: staff need
    /// <paramref name="approval"/> (four eyes, through <see cref="Agencies.TrustChanges"/>); the operator acts alone.
    /// </summary>
    public Task<Result<CreatedKey>> CreateForAgencyAsync(
        string agencyId, string name, Actor actor, DateTimeOffset? expiresAt = null, CancellationToken cancellationToken = default) =>
        CreateForAgencyAsync(agencyId, name, actor, expiresAt, null, cancellationToken);

    /// <inheritdoc cref="CreateForAgencyAsync(string, string, Actor, DateTimeOffset?, CancellationToken)"/>
    internal Task<Result<CreatedKey>> CreateForAgencyAsync(
        string agencyId, string name, Actor actor, DateTimeOffset? expiresAt, Agencies.TrustApproval? approval, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(agencyId);
        return CreateAsync(name, null, agencyId, expiresAt, actor, approval, cancellationToken);
    }

    private async Task<Error?> TrustGateAsync(string agencyId, Actor actor, Agencies.TrustApproval? approval, CancellationToken cancellationToken)
    {
        if (approval is not null)
        {
            return null;
        }

        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.DecideTrust, "agency:" + agencyId, cancellationToken) is { } denied)
        {
            return denied;
        }

        return TrustRules.ActsAlone(actor)
            ? null
            : await AccessGuard.RefuseAsync(db, events, actor, StaffAction.DecideTrust, TrustRules.FourEyesRequired(TrustChangeKind.CreateAgencyKey), "agency:" + agencyId, cancellationToken);
    }

    /// <summary>The keys of one agency, newest first (hashes only, never the keys).</summary>
    public async Task<IReadOnlyList<ApiKeyInfo>> ListForAgencyAsync(string agencyId, CancellationToken cancellationToken = default) =>
        (await db.ApiKeys.AsNoTracking().Where(k => k.AgencyId == agencyId).ToListAsync(cancellationToken))
            .OrderByDescending(k => k.CreatedAt).ThenBy(k => k.Id, StringComparer.Ordinal).Select(ApiKeyInfo.From).ToList();

    /// <summary>
    /// The keys that act as members of staff (of one, when <paramref name="ownerUserId"/> is given), newest first: for
    /// administrators only (hashes are never shown, nor the keys).
    /// </summary>
    public async Task<Result<IReadOnlyList<ApiKeyInfo>>> ListStaffKeysAsync(Actor actor, string? ownerUserId = null, CancellationToken cancellationToken = default)
    {
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.Administer, cancellationToken: cancellationToken) is { } denied)
        {
            return denied;
        }

        var query = db.ApiKeys.AsNoTracking().Where(k => k.OwnerUserId != null);
        if (ownerUserId is not null)
        {
            query = query.Where(k => k.OwnerUserId == ownerUserId);
        }

        return (await query.ToListAsync(cancellationToken))
            .OrderByDescending(k => k.CreatedAt).ThenBy(k => k.Id, StringComparer.Ordinal).Select(ApiKeyInfo.From).ToList();
    }

    /// <summary>
    /// Revokes a key at once (a staff key needs an administrator, an agency key someone who manages agency access).
    /// Revoking a revoked key changes nothing.
    /// </summary>
    public async Task<Result<ApiKeyInfo>> RevokeAsync(string keyId, Actor actor, CancellationToken cancellationToken = default)
    {
        var record = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == keyId, cancellationToken);
        if (record is null)
        {
            return Error.NotFound("apikeys.not-found", $"No API key has id '{keyId}'.");
        }

        if (await AccessGuard.CheckAsync(db, events, actor, record.AgencyId is null ? StaffAction.Administer : StaffAction.ManageAgencyAccess, "apikey:" + record.Id, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (record.RevokedAt is null)
        {
            record.RevokedAt = clock.GetUtcNow();
            events.Record(db, LedgerEventTypes.ApiKeyRevoked, actor, "apikey:" + record.Id, new { keyId = record.Id });
            await db.SaveChangesAsync(cancellationToken);
        }

        return ApiKeyInfo.From(record);
    }

    /// <summary>
    /// Finds the owner of a presented key, or null when the key is malformed, unknown, revoked or expired, or belongs to
    /// a disabled member of staff or to an agency whose verification failed.
    /// </summary>
    public async Task<KeyOwner?> AuthenticateAsync(string? presented, CancellationToken cancellationToken = default)
    {
        if (presented is null || !presented.StartsWith(KeyPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = presented[KeyPrefix.Length..].Split('_', 2);
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return null;
        }

        var prefix = parts[0];
        var record = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Prefix == prefix, cancellationToken);
        if (record is null || record.RevokedAt is not null || (record.ExpiresAt is { } expiry && expiry <= clock.GetUtcNow()))
        {
            return null;
        }

        var expected = Convert.FromHexString(record.SecretHash);
        var actual = Convert.FromHexString(Hash(parts[1]));
        if (!CryptographicOperations.FixedTimeEquals(expected, actual))
        {
            return null;
        }

        if (record.AgencyId is not null)
        {
            var verification = await db.Agencies.Where(a => a.Id == record.AgencyId).Select(a => (AgencyVerification?)a.Verification).FirstOrDefaultAsync(cancellationToken);
            if (verification is null or AgencyVerification.Failed)
            {
                return null;
            }
        }

        // Disabling revokes a member of staff's keys; this also covers a key created or left behind some other way.
        if (record.OwnerUserId is not null && !await db.StaffUsers.AnyAsync(u => u.Id == record.OwnerUserId && !u.IsDisabled, cancellationToken))
        {
            return null;
        }

        return new KeyOwner(record.Id, record.Name, record.OwnerUserId, record.AgencyId);
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
