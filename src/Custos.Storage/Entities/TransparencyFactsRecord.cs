namespace Custos.Storage.Entities;

/// <summary>
/// The public facts last put in the log for one request or restriction (<c>request.facts</c>, <c>restriction.facts</c>):
/// their SHA-256, so that facts are logged again only when they change.
/// </summary>
public sealed class TransparencyFactsRecord
{
    /// <summary>What the facts are about: <c>request:&lt;id&gt;</c> or <c>restriction:&lt;id&gt;</c>.</summary>
    public required string Subject { get; init; }

    /// <summary>Lower-case hex SHA-256 of the public part last recorded.</summary>
    public required string Sha256 { get; set; }

    /// <summary>When it was recorded.</summary>
    public required DateTimeOffset PublishedAt { get; set; }
}
