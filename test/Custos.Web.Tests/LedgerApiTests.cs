using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Custos.Domain.Staff;
using Custos.Ledger.Merkle;
using Custos.Ledger.Notes;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Web.Tests;

public class LedgerApiTests
{
    [Fact]
    public async Task Checkpoint_AfterSignIns_IsSignedByThePublishedKeyAndCountsTheEvents()
    {
        await using var server = await CustosTestServer.StartAsync();
        await server.CreateStaffAsync("lena", [StaffRole.LegalReviewer]);
        using var client = server.NewClient();
        await CustosTestServer.SignInAsync(client, "lena");
        await CustosTestServer.SignInAsync(client, "lena", "wrong password here");

        var (note, checkpoint) = await LedgerWaits.WaitForSizeAsync(client, 3);

        using var response = await client.GetAsync("/ledger/checkpoint");
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
        var key = NoteVerifierKey.Parse((await client.GetStringAsync("/ledger/key")).Trim()).Value;
        Assert.True(note.Verify([key]).IsSuccess);
        Assert.Equal("custos.local/ledger", checkpoint.Origin);
    }

    [Fact]
    public async Task Tiles_FullAndPartial_AreServedWithTheRightCachingAndBadPathsAreRefused()
    {
        await using var server = await CustosTestServer.StartAsync();
        for (var i = 0; i < 3; i++)
        {
            await server.CreateStaffAsync($"user{i}", [StaffRole.Auditor]);
        }

        using var client = server.NewClient();
        var (_, checkpoint) = await LedgerWaits.WaitForSizeAsync(client, 3);

        using var bundle = await client.GetAsync($"/ledger/tile/entries/000.p/{checkpoint.Size}");
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Equal("application/octet-stream", bundle.Content.Headers.ContentType!.MediaType);
        Assert.Contains("max-age=60", bundle.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var tile = await client.GetByteArrayAsync($"/ledger/tile/0/000.p/{checkpoint.Size}");
        Assert.Equal((int)checkpoint.Size * 32, tile.Length);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/ledger/tile/0/1")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/ledger/tile/0/000.p/0")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/ledger/tile/0/000")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/ledger/tile/entries/x001/000")).StatusCode);
    }

    [Fact]
    public async Task InclusionProof_ForEachLeaf_VerifiesAgainstTheCheckpointRoot()
    {
        await using var server = await CustosTestServer.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            await server.CreateStaffAsync($"user{i}", [StaffRole.Auditor]);
        }

        // Every event written so far (the five users and what start-up records), so that the checkpoint is the last one.
        long written;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            written = await scope.ServiceProvider.GetRequiredService<Storage.CustosDbContext>().LedgerEvents.LongCountAsync();
        }

        using var client = server.NewClient();
        var (_, checkpoint) = await LedgerWaits.WaitForSizeAsync(client, (ulong)written);
        Assert.Equal((ulong)written, checkpoint.Size);
        var bundle = await client.GetByteArrayAsync($"/ledger/tile/entries/000.p/{checkpoint.Size}");
        var entries = Custos.Ledger.Tiles.EntryBundle.Decode(bundle).Value;

        for (var index = 0; index < (int)checkpoint.Size; index++)
        {
            var proof = await client.GetFromJsonAsync<JsonElement>($"/ledger/proof/inclusion?index={index}&size={checkpoint.Size}");
            var path = proof.GetProperty("proof").EnumerateArray().Select(p => Convert.FromBase64String(p.GetString()!)).ToList();
            var leaf = MerkleHash.HashLeaf(entries[index].Span);
            Assert.True(ProofVerifier.VerifyInclusion(leaf, (ulong)index, checkpoint.Size, path, checkpoint.GetRootHash()).IsValid);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/ledger/proof/inclusion?index={checkpoint.Size}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/ledger/proof/consistency?from=2&to={checkpoint.Size + 10}")).StatusCode);
        var consistency = await client.GetFromJsonAsync<JsonElement>($"/ledger/proof/consistency?from=2&to={checkpoint.Size}");
        Assert.NotEmpty(consistency.GetProperty("proof").EnumerateArray());
    }

    [Fact]
    public async Task LedgerPage_ForStaff_ShowsAVerifiedCheckpointAndTimeline()
    {
        await using var server = await CustosTestServer.StartAsync();
        var aude = await server.CreateStaffAsync("aude", [StaffRole.Auditor]);
        using var client = server.NewClient();
        await CustosTestServer.SignInAsync(client, "aude");
        await LedgerWaits.WaitForSizeAsync(client, 2);

        var page = await client.GetStringAsync("/audit/ledger");
        var timeline = await client.GetStringAsync("/audit/timeline?ref=staff:" + aude.Id);

        Assert.Contains("yes: the signature verifies", page, StringComparison.Ordinal);
        Assert.Contains("staff.signed-in", timeline, StringComparison.Ordinal);
        Assert.Contains(">verified<", timeline, StringComparison.Ordinal);
    }
}
