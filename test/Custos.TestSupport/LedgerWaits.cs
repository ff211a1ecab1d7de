using Custos.Ledger.Notes;

namespace Custos.TestSupport;

/// <summary>Waiting for the published ledger, as a client of <c>/ledger/checkpoint</c> would.</summary>
public static class LedgerWaits
{
    /// <summary>The published checkpoint, parsed.</summary>
    public static async Task<(SignedNote Note, Checkpoint Checkpoint)> CurrentAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var note = SignedNote.Parse(await client.GetStringAsync("/ledger/checkpoint")).Value;
        return (note, Checkpoint.Parse(note.Text).Value);
    }

    /// <summary>Waits (up to 30 s) until a checkpoint of at least <paramref name="size"/> is published, and returns it.</summary>
    public static async Task<(SignedNote Note, Checkpoint Checkpoint)> WaitForSizeAsync(HttpClient client, ulong size)
    {
        ArgumentNullException.ThrowIfNull(client);
        for (var attempt = 0; attempt < 300; attempt++)
        {
            using var response = await client.GetAsync("/ledger/checkpoint");
            if (response.IsSuccessStatusCode)
            {
                var note = SignedNote.Parse(await response.Content.ReadAsStringAsync()).Value;
                var checkpoint = Checkpoint.Parse(note.Text).Value;
                if (checkpoint.Size >= size)
                {
                    return (note, checkpoint);
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The ledger did not reach size {size} within 30 s.");
    }
}
