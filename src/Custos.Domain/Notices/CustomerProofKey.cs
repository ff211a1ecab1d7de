namespace Custos.Domain.Notices;

/// <summary>
/// What a customer needs to check the ledger for themselves: the page where they get their proof, their disclosure code,
/// and the index key that their account id and the code give — the only name the public ledger knows them by.
/// </summary>
/// <param name="ProofUrl">The public page where the customer gets their proof file with their account id and code.</param>
/// <param name="Code">The customer's disclosure code, 32 lower-case hex characters: a secret of theirs.</param>
/// <param name="IndexKey">The customer's index key, 32 lower-case hex characters.</param>
public sealed record CustomerProofKey(string ProofUrl, string Code, string IndexKey);
