using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Domain.Policy;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Custos.Application.Policy;

/// <summary>
/// The policy as versioned configuration (docs/policy.md, "Installing a policy version"). Every version installed is
/// kept with its YAML exactly as installed; exactly one is active; each activation is a <c>policy.installed</c> ledger
/// event committed in the same transaction as the change. A version is never edited: changed content needs a new
/// version, and installing the content of an earlier version makes it active again.
/// </summary>
public sealed class PolicyStore(CustosDbContext db, EventRecorder events, PolicyCache cache, TimeProvider clock)
{
    /// <summary>The largest policy file accepted, in characters (the shipped default is under a tenth of this).</summary>
    public const int MaxContentLength = 1_000_000;

    /// <summary>The ledger subject of a policy version.</summary>
    public static string Subject(string version) => "policy:" + version;

    /// <summary>
    /// The policy in force, parsed. Served from <see cref="PolicyCache"/> (one indexed query at most once a second);
    /// on first use with no policy installed, installs the shipped default as <see cref="Actor.System"/>.
    /// </summary>
    public async Task<ActivePolicy> GetActiveAsync(CancellationToken cancellationToken = default)
    {
        var observed = cache.Current;
        if (PolicyCache.IsFresh(observed, clock.GetUtcNow()))
        {
            return observed!.Active;
        }

        var row = await ActiveRowAsync(cancellationToken);
        if (row is null)
        {
            await EnsureInstalledAsync(cancellationToken);
            observed = cache.Current;
            row = await ActiveRowAsync(cancellationToken)
                ?? throw new InvalidOperationException("No policy is active after installing the shipped default.");
        }

        var active = observed is not null && string.Equals(observed.Active.Sha256, row.Sha256, StringComparison.Ordinal)
            ? observed.Active
            : new ActivePolicy(await ParseStoredAsync(row.Version, row.Sha256, cancellationToken), row.Version, row.Sha256);
        cache.Confirm(observed, active, clock.GetUtcNow());
        return active;
    }

    /// <summary>
    /// Validates <paramref name="yaml"/> and makes it the active policy. Invalid files are refused with every problem
    /// and its line, and nothing changes. A version already installed with other content is refused
    /// (<c>policy.version-exists</c>); the exact content of an earlier version reactivates it; the active content again
    /// changes nothing.
    /// </summary>
    public async Task<Result<PolicyVersionInfo>> InstallAsync(string yaml, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.InstallPolicy, cancellationToken: cancellationToken) is { } denied)
        {
            return denied;
        }

        var content = Normalise(yaml);
        if (content.Trim().Length == 0)
        {
            return PolicyErrors.Empty();
        }

        if (content.Length > MaxContentLength)
        {
            return PolicyErrors.TooLarge(MaxContentLength);
        }

        var read = PolicyReader.Read(content);
        return read.IsSuccess
            ? await ActivateAsync(content, read.Value, actor, InstallReason.Install, cancellationToken)
            : Result<PolicyVersionInfo>.Failure(read.Errors);
    }

    /// <summary>
    /// At start-up: installs the shipped default if no policy is active, and replaces an older shipped default with the
    /// newer one shipped in this build, but only if Custos itself activated the older one. A policy an administrator
    /// installed or reactivated is never replaced automatically.
    /// </summary>
    public async Task<PolicyStartup> EnsureInstalledAsync(CancellationToken cancellationToken = default)
    {
        var shipped = PolicyReader.Default;
        if (!shipped.IsSuccess)
        {
            throw new InvalidOperationException($"The shipped default policy does not read: {shipped.Error}");
        }

        var content = Normalise(PolicyReader.DefaultText());
        var sha = Sha256Hex(content);
        var version = shipped.Value.Version;
        var active = await ActiveRowAsync(cancellationToken);
        if (active is null)
        {
            return await ActivateShippedAsync(PolicyStartupAction.InstalledDefault, InstallReason.ShippedDefault);
        }

        if (string.Equals(active.Sha256, sha, StringComparison.Ordinal))
        {
            return new PolicyStartup(PolicyStartupAction.DefaultActive, active.Version, version);
        }

        var installedSha = await db.PolicyVersions.AsNoTracking()
            .Where(v => v.Version == version).Select(v => v.Sha256).FirstOrDefaultAsync(cancellationToken);
        if (installedSha is not null)
        {
            // Installed before and since replaced (an administrator's choice stands), or edited without a new version.
            var action = string.Equals(installedSha, sha, StringComparison.Ordinal) ? PolicyStartupAction.KeptActive : PolicyStartupAction.ShippedVersionDiffers;
            return new PolicyStartup(action, active.Version, version);
        }

        var activatedBy = await LastActivatorAsync(active.Version, cancellationToken) ?? active.InstalledBy;
        if (string.Equals(activatedBy, Actor.System.Id, StringComparison.Ordinal) && PolicyVersionOrder.Compare(version, active.Version) > 0)
        {
            return await ActivateShippedAsync(PolicyStartupAction.UpgradedDefault, InstallReason.ShippedDefaultUpgrade);
        }

        return new PolicyStartup(PolicyStartupAction.KeptActive, active.Version, version);

        async Task<PolicyStartup> ActivateShippedAsync(PolicyStartupAction action, InstallReason reason)
        {
            var installed = await ActivateAsync(content, shipped.Value, Actor.System, reason, cancellationToken);
            if (!installed.IsSuccess)
            {
                throw new InvalidOperationException($"The shipped default policy could not be installed: {installed.Error}");
            }

            return new PolicyStartup(action, installed.Value.Version, version);
        }
    }

    /// <summary>Every installed version, most recently installed first.</summary>
    public async Task<IReadOnlyList<PolicyVersionInfo>> HistoryAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.PolicyVersions.AsNoTracking()
            .Select(v => new { v.Version, v.Sha256, v.IsActive, v.InstalledAt, v.InstalledBy })
            .ToListAsync(cancellationToken);
        var activations = await db.LedgerEvents.AsNoTracking()
            .Where(e => e.EventTypeId == LedgerEventTypes.PolicyInstalled.Id)
            .OrderBy(e => e.Id)
            .Select(e => new { e.Subject, e.OccurredAt, e.Actor })
            .ToListAsync(cancellationToken);
        var last = new Dictionary<string, (DateTimeOffset At, string By)>(StringComparer.Ordinal);
        foreach (var activation in activations)
        {
            last[activation.Subject] = (activation.OccurredAt, activation.Actor);
        }

        return rows
            .Select(r => last.TryGetValue(Subject(r.Version), out var a)
                ? new PolicyVersionInfo(r.Version, r.Sha256, r.IsActive, r.InstalledAt, r.InstalledBy, a.At, a.By)
                : new PolicyVersionInfo(r.Version, r.Sha256, r.IsActive, r.InstalledAt, r.InstalledBy))
            .OrderByDescending(v => v.InstalledAt)
            .ThenByDescending(v => v.Version, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>One installed version with its YAML exactly as installed, for audit and export; null if not installed.</summary>
    public Task<PolicyVersionContent?> GetAsync(string version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        return db.PolicyVersions.AsNoTracking().Where(v => v.Version == version)
            .Select(v => new PolicyVersionContent(v.Version, v.Sha256, v.Content, v.IsActive, v.InstalledAt, v.InstalledBy))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// An installed version, parsed: to re-evaluate an old request under the policy in force at the time. Null if no such
    /// version is installed.
    /// </summary>
    public async Task<ScrutinyPolicy?> LoadVersionAsync(string version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        var sha = await db.PolicyVersions.AsNoTracking().Where(v => v.Version == version).Select(v => v.Sha256).FirstOrDefaultAsync(cancellationToken);
        return sha is null ? null : await ParseStoredAsync(version, sha, cancellationToken);
    }

    /// <summary>Lower-case hex SHA-256 of <paramref name="content"/>'s UTF-8 bytes: what <c>sha256sum</c> of an export prints.</summary>
    public static string Sha256Hex(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    /// <summary>
    /// The form a file is kept in: without a byte-order mark and with LF line endings, so the same file pasted into a
    /// browser (which sends CRLF) or copied from Windows has the same hash as the one installed from the command line.
    /// </summary>
    public static string Normalise(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var text = yaml.StartsWith('\uFEFF') ? yaml[1..] : yaml;
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    private Task<ActiveRow?> ActiveRowAsync(CancellationToken cancellationToken) =>
        db.PolicyVersions.AsNoTracking()
            .Where(v => v.IsActive)
            .Select(v => new ActiveRow(v.Version, v.Sha256, v.InstalledBy))
            .FirstOrDefaultAsync(cancellationToken);

    private Task<string?> LastActivatorAsync(string version, CancellationToken cancellationToken)
    {
        var subject = Subject(version);
        return db.LedgerEvents.AsNoTracking()
            .Where(e => e.EventTypeId == LedgerEventTypes.PolicyInstalled.Id && e.Subject == subject)
            .OrderByDescending(e => e.Id)
            .Select(e => e.Actor)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Parses a stored version (from the cache when it has been parsed before), checking it is what was installed.</summary>
    private async Task<ScrutinyPolicy> ParseStoredAsync(string version, string sha, CancellationToken cancellationToken)
    {
        if (cache.Parsed(sha) is { } parsed)
        {
            return parsed;
        }

        var content = await db.PolicyVersions.AsNoTracking().Where(v => v.Version == version).Select(v => v.Content).FirstAsync(cancellationToken);
        if (!string.Equals(Sha256Hex(content), sha, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Policy version '{version}' no longer matches its recorded SHA-256: its stored content was altered.");
        }

        var read = PolicyReader.Read(content);
        if (!read.IsSuccess)
        {
            // Valid when installed, refused by this build's reader: scrutiny must not run on a policy it cannot read.
            throw new InvalidOperationException(
                $"Policy version '{version}' does not read with this version of Custos; install a corrected version. {string.Join(" ", read.Errors.Take(3))}");
        }

        cache.Remember(sha, read.Value);
        return read.Value;
    }

    /// <summary>Activates a validated file; one retry if a concurrent installation (another instance) got there first.</summary>
    private async Task<Result<PolicyVersionInfo>> ActivateAsync(
        string content, ScrutinyPolicy policy, Actor actor, InstallReason reason, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ActivateOnceAsync(content, policy, actor, reason, cancellationToken);
            }
            catch (Exception exception) when (attempt == 1 && exception is DbUpdateException or DbException)
            {
                // The unique active index or the version key refused a write racing another installation: nothing of
                // this attempt was committed. Look again at what is there now.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<Result<PolicyVersionInfo>> ActivateOnceAsync(
        string content, ScrutinyPolicy policy, Actor actor, InstallReason reason, CancellationToken cancellationToken)
    {
        var sha = Sha256Hex(content);
        var version = policy.Version;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async Task<Result<PolicyVersionInfo>> () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // One statement reads both rows, so they are from one snapshot: a row committed by a concurrent installation
            // between two reads cannot be taken for both "not installed" and "active". What changes after this read is
            // caught by the version key and the unique active index, and ActivateAsync looks again.
            var rows = await db.PolicyVersions.Where(v => v.Version == version || v.IsActive).ToListAsync(cancellationToken);
            var existing = rows.FirstOrDefault(v => string.Equals(v.Version, version, StringComparison.Ordinal));
            var previous = rows.FirstOrDefault(v => v.IsActive);
            if (existing is not null && !string.Equals(existing.Sha256, sha, StringComparison.Ordinal))
            {
                return PolicyErrors.VersionExists(version, existing.Sha256);
            }

            if (existing is { IsActive: true })
            {
                db.ChangeTracker.Clear();
                return Info(existing);
            }

            // Deactivate first, in its own statement: at most one row may be active at any moment (a unique index).
            if (previous is not null)
            {
                previous.IsActive = false;
                await db.SaveChangesAsync(cancellationToken);
            }

            var record = existing ?? new PolicyVersionRecord
            {
                Version = version,
                Sha256 = sha,
                Content = content,
                InstalledAt = clock.NowToTheMillisecond(),
                InstalledBy = actor.Id,
            };
            record.IsActive = true;
            if (existing is null)
            {
                db.PolicyVersions.Add(record);
            }

            var ledgerEvent = events.Record(db, LedgerEventTypes.PolicyInstalled, actor, Subject(version), new
            {
                version,
                sha256 = sha,
                previousVersion = previous?.Version,
                jurisdictions = policy.Jurisdictions.Count,
                rules = policy.Rules.Count,
                effectiveFrom = policy.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                reactivated = existing is not null,
                reason = reason switch
                {
                    InstallReason.ShippedDefault => "shipped-default",
                    InstallReason.ShippedDefaultUpgrade => "shipped-default-upgrade",
                    _ => "install",
                },
            }, previous is null ? null : [Subject(previous.Version)], policyVersion: version);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            cache.Replace(new ActivePolicy(policy, version, sha), clock.GetUtcNow());
            return Info(record) with { ActivatedAt = ledgerEvent.OccurredAt, ActivatedBy = actor.Id };
        });
    }

    private static PolicyVersionInfo Info(PolicyVersionRecord record) =>
        new PolicyVersionInfo(record.Version, record.Sha256, record.IsActive, record.InstalledAt, record.InstalledBy);

    private sealed record ActiveRow(string Version, string Sha256, string InstalledBy);

    private enum InstallReason
    {
        Install = 1,
        ShippedDefault = 2,
        ShippedDefaultUpgrade = 3,
    }
}
