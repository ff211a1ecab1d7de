using System.Collections.Concurrent;
using Custos.Domain.Policy;

namespace Custos.Application.Policy;

/// <summary>
/// The parsed active policy, shared by every request in this process (a singleton), so scrutiny does not re-read YAML.
/// <para>
/// Freshness: the active version is trusted for <see cref="MaxAge"/> after it was last confirmed against the database;
/// after that the next <see cref="PolicyStore.GetActiveAsync"/> runs one indexed query for the active row's SHA-256 and
/// re-parses only if it changed. So a policy installed by another process or instance is in force here within about a
/// second, and one installed in this process is in force at once (the store replaces the entry on commit). Parsed
/// versions are also kept by SHA-256, so going back to an earlier version, or re-evaluating under it, does not re-parse.
/// </para>
/// </summary>
public sealed class PolicyCache
{
    /// <summary>How long a confirmed active policy is trusted before the database is asked again.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);

    /// <summary>Parsed versions kept; policies are few, and the oldest are dropped past this.</summary>
    private const int MaxParsed = 8;

    private readonly ConcurrentDictionary<string, ScrutinyPolicy> _parsed = new(StringComparer.Ordinal);
    private Entry? _current;

    /// <summary>The active policy and when it was last confirmed against the database.</summary>
    internal sealed record Entry(ActivePolicy Active, DateTimeOffset ConfirmedAt);

    internal Entry? Current => Volatile.Read(ref _current);

    /// <summary>Whether <paramref name="entry"/> may be used without asking the database (a clock set back counts as stale).</summary>
    internal static bool IsFresh(Entry? entry, DateTimeOffset now) =>
        entry is not null && now >= entry.ConfirmedAt && now - entry.ConfirmedAt < MaxAge;

    /// <summary>
    /// Records <paramref name="active"/> as confirmed at <paramref name="now"/>, unless the entry changed since
    /// <paramref name="observed"/> was read (an install in this process wins over a read that started before it).
    /// </summary>
    internal void Confirm(Entry? observed, ActivePolicy active, DateTimeOffset now)
    {
        Remember(active.Sha256, active.Policy);
        Interlocked.CompareExchange(ref _current, new Entry(active, now), observed);
    }

    /// <summary>Makes <paramref name="active"/> the current entry: it was just committed in this process.</summary>
    internal void Replace(ActivePolicy active, DateTimeOffset now)
    {
        Remember(active.Sha256, active.Policy);
        Volatile.Write(ref _current, new Entry(active, now));
    }

    internal ScrutinyPolicy? Parsed(string sha256) => _parsed.TryGetValue(sha256, out var policy) ? policy : null;

    internal void Remember(string sha256, ScrutinyPolicy policy)
    {
        if (_parsed.Count >= MaxParsed && !_parsed.ContainsKey(sha256))
        {
            var keep = Current?.Active.Sha256;
            foreach (var key in _parsed.Keys.Where(k => !string.Equals(k, keep, StringComparison.Ordinal)))
            {
                _parsed.TryRemove(key, out _);
            }
        }

        _parsed[sha256] = policy;
    }
}
