namespace Custos.Storage.Entities;

/// <summary>The one row saying how far the published log has been looked at for new facts.</summary>
public sealed class TransparencyFactsStateRecord
{
    /// <summary>Always 1.</summary>
    public required int Id { get; init; }

    /// <summary>The number of log entries (from leaf index 0) looked at for changed facts.</summary>
    public required long ScannedSize { get; set; }
}
