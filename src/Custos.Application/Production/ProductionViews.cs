using System.Text.Json;
using Custos.Domain.Common;
using Custos.Storage.Entities;

namespace Custos.Application.Production;

/// <summary>Maps a stored production to its view, and reads the reason a release failed from its ledger event.</summary>
internal static class ProductionViews
{
    public static ProductionView From(ProductionRecord production, string? pendingReason) => new(
        production.Id, production.RequestId, production.ManifestSha256, production.Status, production.CreatedAt, production.ReleasedAt,
        production.LinkExpiresAt, production.DownloadedAt,
        production.SealedPackage is null ? null : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(production.SealedPackage)),
        production.SealedPackage?.LongLength, pendingReason);

    /// <summary>How a failed release is shown: <c>code: message</c>.</summary>
    public static string Reason(Error error) => error.Code + ": " + error.Message;

    /// <summary>The reason recorded in a <c>production.release-failed</c> event's details (null when there are none).</summary>
    public static string? ReasonOf(string? details)
    {
        if (details is null)
        {
            return null;
        }

        using var json = JsonDocument.Parse(details);
        var root = json.RootElement;
        return root.TryGetProperty("code", out var code) && root.TryGetProperty("message", out var message)
            ? code.GetString() + ": " + message.GetString()
            : null;
    }
}
