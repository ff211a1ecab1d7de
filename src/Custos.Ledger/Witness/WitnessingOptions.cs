namespace Custos.Ledger.Witness;

/// <summary>
/// How a log gets its checkpoints witnessed: which witnesses, how many must cosign before a checkpoint is published,
/// and how long to wait for each.
/// </summary>
/// <param name="Witnesses">The witnesses to ask (distinct names and keys).</param>
/// <param name="Quorum">How many valid cosignatures a checkpoint needs, from 1 to the number of witnesses.</param>
/// <param name="RequestTimeout">The longest wait for one witness request (the retry after a conflict gets its own).</param>
public sealed record WitnessingOptions(IReadOnlyList<WitnessEndpoint> Witnesses, int Quorum, TimeSpan RequestTimeout)
{
    /// <summary>The request timeout when none is configured.</summary>
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Checks the options; call at start-up.</summary>
    /// <returns>Every problem found (empty when valid).</returns>
    public IReadOnlyList<LedgerError> Validate()
    {
        var problems = new List<LedgerError>();
        if (Witnesses is null || Witnesses.Count == 0)
        {
            problems.Add(Fail("at least one witness is needed"));
            return problems;
        }

        problems.AddRange(Witnesses.Select(w => w is null ? Fail("a witness is missing") : w.Validate()).OfType<LedgerError>());
        foreach (var name in Witnesses.Where(w => w is not null).GroupBy(w => w.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(Fail($"the witness name '{name.Key}' is used more than once"));
        }

        if (Witnesses.Where(w => w?.Key is not null).GroupBy(w => w.Key.Format(), StringComparer.Ordinal).Any(g => g.Count() > 1))
        {
            problems.Add(Fail("the same witness key is configured more than once (it would count twice towards the quorum)"));
        }

        if (Quorum < 1 || Quorum > Witnesses.Count)
        {
            problems.Add(Fail($"the quorum {Quorum} must be between 1 and the number of witnesses ({Witnesses.Count})"));
        }

        if (RequestTimeout <= TimeSpan.Zero || RequestTimeout > TimeSpan.FromMinutes(10))
        {
            problems.Add(Fail($"the request timeout {RequestTimeout} must be positive and at most 10 minutes"));
        }

        return problems;
    }

    private static LedgerError Fail(string reason) => new("witness.config.invalid", $"Invalid witnessing options: {reason}.");
}
