using Custos.Domain.Requests;

namespace Custos.Application.Production;

/// <summary>One snapshot a preservation froze: put these in the <c>preservation.started</c> event's details.</summary>
/// <param name="Target">The 0-based index of the target in the request.</param>
/// <param name="Category">The data category.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the snapshot's JSON.</param>
/// <param name="Accounts">How many accounts the target reached.</param>
/// <param name="Records">How many records were frozen.</param>
public sealed record SnapshotTaken(int Target, DataCategory Category, string Sha256, int Accounts, int Records)
{
    /// <summary>The account ids the target reached (the customers the preservation concerns, for the event's references).</summary>
    public IReadOnlyList<string> AccountIds { get; init; } = [];
}
