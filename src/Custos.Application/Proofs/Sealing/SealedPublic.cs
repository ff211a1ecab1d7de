namespace Custos.Application.Proofs.Sealing;

/// <summary>The public part of a sealed entry: the commitment to the customer keys it leaves out, and the day by which it is to be unsealed.</summary>
/// <param name="SealedRefs">The <see cref="SealCommitment"/> to the left-out keys.</param>
/// <param name="UnsealBy">The last day the order is known to bind; an unseal or an extension must be logged by then.</param>
public sealed record SealedPublic(string SealedRefs, DateOnly UnsealBy);

/// <summary>The public part of a <c>disclosure.unsealed</c> entry.</summary>
/// <param name="Unseals">The sealed entry's leaf index.</param>
/// <param name="Salt">The salt that opens its commitment, lower-case hex.</param>
public sealed record UnsealPublic(long Unseals, string Salt);

/// <summary>The public part of a <c>disclosure.seal-extended</c> entry.</summary>
/// <param name="Sealed">The sealed entry's leaf index.</param>
/// <param name="UnsealBy">Its new unseal-by date.</param>
public sealed record ExtensionPublic(long Sealed, DateOnly UnsealBy);

/// <summary>What a sealed entry's details hold about the seal (in the database only, behind the entry's commitment).</summary>
/// <param name="Refs">The left-out references (<c>customer:…</c>), ascending.</param>
/// <param name="Salt">The salt of <see cref="SealCommitment"/>, lower-case hex.</param>
/// <param name="UnsealBy">The unseal-by date the entry was sealed with.</param>
public sealed record SealDetails(IReadOnlyList<string> Refs, string Salt, DateOnly UnsealBy);
