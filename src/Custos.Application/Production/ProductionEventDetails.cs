namespace Custos.Application.Production;

/// <summary>
/// The details of the <c>production.created</c> ledger event, which the event's commitment hides and the package opens
/// for the agency: above all <see cref="ManifestSha256"/>, the SHA-256 of the package's <c>manifest.json</c>. Pass it to
/// <c>EventRecorder.Record</c> as the details; the verifier reads <c>manifestSha256</c> from the committed JSON.
/// </summary>
/// <param name="RequestId">Custos's id of the request.</param>
/// <param name="DecisionId">The decision.</param>
/// <param name="VoteIds">The votes that decided.</param>
/// <param name="ManifestSha256">Lower-case hex SHA-256 of <c>manifest.json</c>.</param>
/// <param name="Items">What was produced: each item with its range.</param>
/// <param name="CertificateThumbprint">The SHA-256 of the certificate the package is encrypted to.</param>
public sealed record ProductionEventDetails(
    string RequestId, string DecisionId, IReadOnlyList<string> VoteIds, string ManifestSha256, IReadOnlyList<ProducedItemSummary> Items,
    string CertificateThumbprint)
{
    /// <summary>The details of the package built from <paramref name="contents"/>.</summary>
    public static ProductionEventDetails For(PackageContents contents, PlainPackage package, string certificateThumbprint)
    {
        ArgumentNullException.ThrowIfNull(contents);
        ArgumentNullException.ThrowIfNull(package);
        return new ProductionEventDetails(
            contents.RequestId, contents.DecisionId, contents.VoteIds, package.ManifestSha256,
            [.. contents.Items.Select(i => new ProducedItemSummary(i.Item.Target, i.Item.Category, i.Range.From, i.Range.To, i.Records.Count))],
            certificateThumbprint);
    }
}
