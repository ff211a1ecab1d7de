using Custos.Domain.Sanctions;

namespace Custos.Application.Sanctions.Alerts;

/// <summary>One alert as the queue lists it.</summary>
public sealed record AlertSummary(
    string Id, string AccountId, AlertSubject Subject, string ListId, string SourceId, string EntryName, string MatchedName,
    double Score, AlertStatus Status, DateTimeOffset RaisedAt);
