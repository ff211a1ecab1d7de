using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Custos.Application.Ledger;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Storage;
using Custos.Storage.Entities;

namespace Custos.Application.Common;

/// <summary>
/// Adds a ledger event to the unit of work of a state change, so that both commit in one transaction or neither does.
/// Every use case that changes state goes through here. The log entry is fixed now: opaque identifiers (keyed hashes)
/// and a salted commitment to the details; the details themselves stay in the database.
/// </summary>
public sealed class EventRecorder(TimeProvider clock, LedgerIdentityKey identities)
{
    private static readonly JsonSerializerOptions DetailsJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = false,
        Converters = { new KebabEnumJsonConverterFactory() },
    };

    /// <summary>Stages the event on <paramref name="db"/>; it is written by the caller's next <c>SaveChanges</c>.</summary>
    /// <param name="db">The unit of work of the state change.</param>
    /// <param name="type">The event type.</param>
    /// <param name="actor">Who caused it.</param>
    /// <param name="subject">What it is about, e.g. <c>staff:usr_…</c>.</param>
    /// <param name="details">The private details (serialised to JSON; never logged in clear).</param>
    /// <param name="references">Other things it concerns, e.g. <c>customer:C1</c>, <c>agency:agy_…</c>.</param>
    /// <param name="policyVersion">The policy version in force, when one applies.</param>
    /// <param name="publicAttributes">
    /// Public, non-personal attributes shown in the entry itself (a <c>custos-event/v2</c> entry); null for none. Never put
    /// a name, an identifier or anything else personal here: it is published to everyone, forever.
    /// </param>
    public LedgerEventRecord Record(
        CustosDbContext db, LedgerEventType type, Actor actor, string subject, object details,
        IReadOnlyList<string>? references = null, string? policyVersion = null, object? publicAttributes = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var record = Build(type, actor, subject, details, references, policyVersion, publicAttributes);
        db.LedgerEvents.Add(record);
        return record;
    }

    /// <summary>
    /// Builds the event's row, entry included, without staging it anywhere: for <see cref="LedgerAppender"/>, which
    /// writes many at once. The parameters are those of <see cref="Record"/>.
    /// </summary>
    public LedgerEventRecord Build(
        LedgerEventType type, Actor actor, string subject, object details,
        IReadOnlyList<string>? references = null, string? policyVersion = null, object? publicAttributes = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrEmpty(subject);
        var refs = (references ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (refs.Any(r => r.Length == 0 || r.Contains(' ', StringComparison.Ordinal)))
        {
            throw new ArgumentException("References are non-empty and contain no spaces.", nameof(references));
        }

        // Millisecond precision: what SQLite stores and what the entry shows must be the same instant.
        var occurredAt = clock.NowToTheMillisecond();
        var json = SerializeDetails(details);
        var salt = RandomNumberGenerator.GetBytes(32);
        var commitment = Commit(salt, json);
        var entry = LedgerEntryFormat.Encode(new LedgerEntry(
            type.Id, type.Name, occurredAt, policyVersion, identities.Opaque(actor.Id), identities.Opaque(subject),
            refs.Select(identities.Opaque).ToArray(), commitment, publicAttributes is null ? null : SerializeDetails(publicAttributes)));
        return new LedgerEventRecord
        {
            EventTypeId = type.Id,
            EventType = type.Name,
            OccurredAt = occurredAt,
            Actor = actor.Id,
            Subject = subject,
            Details = json,
            References = string.Join(' ', refs),
            PolicyVersion = policyVersion,
            Salt = salt,
            Commitment = commitment,
            Entry = entry,
        };
    }

    /// <summary>The details as stored and committed to (and a public part as shown): compact camelCase JSON, non-ASCII escaped.</summary>
    public static string SerializeDetails(object details) => JsonSerializer.Serialize(details, DetailsJson);

    /// <summary>Hex SHA-256(salt ‖ UTF-8 details): the hiding commitment an entry carries.</summary>
    public static string Commit(ReadOnlySpan<byte> salt, string details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var bytes = new byte[salt.Length + Encoding.UTF8.GetByteCount(details)];
        salt.CopyTo(bytes);
        Encoding.UTF8.GetBytes(details, bytes.AsSpan(salt.Length));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
