using Custos.Application.Ledger;

namespace Custos.Web.Api;

/// <summary>
/// The public read API of the log (C2SP tlog-tiles): <c>/ledger/checkpoint</c>, <c>/ledger/tile/…</c>,
/// <c>/ledger/tile/entries/…</c>, the verifier key, and JSON proofs for convenience. Anonymous by design: anyone may
/// verify the log, and it holds no personal data.
/// </summary>
public static class LedgerEndpoints
{
    public static IEndpointRouteBuilder MapLedger(this IEndpointRouteBuilder app)
    {
        var ledger = app.MapGroup("/ledger").AllowAnonymous().WithTags("Ledger").WithGroupName(OpenApi.ApiDocuments.Ledger);

        ledger.MapGet("/checkpoint", async (HttpContext context, LedgerReader reader, CancellationToken cancellationToken) =>
        {
            var head = await reader.HeadAsync(cancellationToken);
            if (head is null)
            {
                return ErrorResults.Problem(Domain.Common.Error.NotFound("ledger.not-started", "The ledger has not published a checkpoint yet."));
            }

            context.Response.Headers.CacheControl = "no-cache";
            return Results.Text(head.CheckpointNote, "text/plain; charset=utf-8");
        }).WithName("LedgerCheckpoint").WithSummary("The latest signed checkpoint (C2SP signed note)");

        ledger.MapGet("/key", (LedgerReader reader) => Results.Text(reader.VerifierKey.Format() + "\n", "text/plain; charset=utf-8"))
            .WithName("LedgerKey").WithSummary("The log's verifier key");

        ledger.MapGet("/tile/{**path}", async (string path, HttpContext context, LedgerReader reader, CancellationToken cancellationToken) =>
        {
            var tile = await reader.TileAsync("tile/" + path, cancellationToken);
            if (!tile.IsSuccess)
            {
                return ErrorResults.Problem(tile.Error);
            }

            // Full tiles never change; a partial tile of a given width never changes either, but may be removed once
            // its full tile exists, so it is cached briefly.
            context.Response.Headers.CacheControl = tile.Value.Full ? "public, max-age=31536000, immutable" : "public, max-age=60";
            return Results.Bytes(tile.Value.Bytes, "application/octet-stream");
        }).WithName("LedgerTile").WithSummary("A tile or entry bundle (C2SP tlog-tiles path)");

        ledger.MapGet("/proof/inclusion", async (long index, long? size, LedgerReader reader, CancellationToken cancellationToken) =>
        {
            var proof = await reader.InclusionProofAsync(index, size, cancellationToken);
            return proof.IsSuccess
                ? Results.Json(new
                {
                    index = proof.Value.From,
                    treeSize = proof.Value.TreeSize,
                    leafHash = Convert.ToBase64String(proof.Value.LeafHash!),
                    proof = proof.Value.Proof.Select(Convert.ToBase64String).ToArray(),
                    rootHash = Convert.ToBase64String(proof.Value.Root),
                })
                : ErrorResults.Problem(proof.Errors);
        }).WithName("LedgerInclusionProof").WithSummary("An RFC 9162 inclusion proof");

        ledger.MapGet("/proof/consistency", async (long from, long to, LedgerReader reader, CancellationToken cancellationToken) =>
        {
            var proof = await reader.ConsistencyProofAsync(from, to, cancellationToken);
            return proof.IsSuccess
                ? Results.Json(new
                {
                    from = proof.Value.From,
                    to = proof.Value.TreeSize,
                    proof = proof.Value.Proof.Select(Convert.ToBase64String).ToArray(),
                    rootHash = Convert.ToBase64String(proof.Value.Root),
                })
                : ErrorResults.Problem(proof.Errors);
        }).WithName("LedgerConsistencyProof").WithSummary("An RFC 9162 consistency proof");

        return app;
    }
}
