using System.Text.Json.Nodes;
using Custos.Application.Proofs;
using Custos.Application.Tests.Proofs;
using Custos.Ledger.Notes;
using Custos.TestSupport;
using FsCheck.Xunit;

namespace Custos.Application.Tests.Hostile;

/// <summary>
/// Proof files of format v3 (<see cref="CompactProofFormat"/>), fed hostile variants of a valid file: the verifier answers
/// with a <c>proof.*</c> code and a message and never throws, and a variant verifies only if it proves what the original
/// does. The index proof's encoding is canonical, so no other bytes than the original's verify.
/// </summary>
public sealed class ProofFilePropertyTests
{
    private static readonly NoteSignerKey Signer = NoteSignerKey.Generate("test.custos/ledger");
    private static readonly string Member = ProofFixture.KeyOf(7);
    private static readonly Lazy<(string Text, string Summary)> Valid = new(() =>
    {
        var log = new ProofFixture(Signer, [.. Enumerable.Range(0, 40).Select(i => (ProofFixture.KeyOf(i), 1 + (i % 3)))]);
        var text = CompactProofFormat.Write(log.File(Member));
        var verdict = DisclosureProofVerifier.Verify(text, Signer.VerifierKey);
        return verdict.IsSuccess ? (text, verdict.Value.Summary) : throw new InvalidOperationException(verdict.Errors[0].Message);
    });

    [Property(MaxTest = 1500)]
    public bool ProofFileV3_AnyVariant_AnswersWithoutThrowingAndVerifiesOnlyAsTheOriginal(int[] operations)
    {
        var verdict = DisclosureProofVerifier.Verify(Mutations.ApplyText(Valid.Value.Text, operations), Signer.VerifierKey);
        return verdict.IsSuccess
            ? verdict.Value.Summary == Valid.Value.Summary
            : verdict.Errors.All(e => e.Code.StartsWith("proof.", StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(e.Message));
    }

    [Property(MaxTest = 1500)]
    public bool ProofFileV3_AnyVariantOfTheIndexProofBytes_VerifiesOnlyIfUnchanged(int[] operations)
    {
        var node = JsonNode.Parse(Valid.Value.Text)!;
        var original = Convert.FromBase64String(node["index"]!.GetValue<string>());
        var mutated = Mutations.Apply(original, operations);
        node["index"] = Convert.ToBase64String(mutated);

        var verdict = DisclosureProofVerifier.Verify(node.ToJsonString(), Signer.VerifierKey);

        return verdict.IsSuccess
            ? mutated.AsSpan().SequenceEqual(original)
            : verdict.Errors.All(e => e.Code is "proof.malformed" or "proof.index-invalid" or "proof.events-mismatch");
    }

    [Property(MaxTest = 500)]
    public bool ProofFileV3_RandomTextUnderItsFormatName_AnswersWithoutThrowing(string tail)
    {
        var verdict = DisclosureProofVerifier.Verify("{\"format\":\"" + CompactProofFormat.FormatName + "\"," + (tail ?? ""), Signer.VerifierKey);
        return !verdict.IsSuccess && verdict.Errors.All(e => e.Code.StartsWith("proof.", StringComparison.Ordinal));
    }
}
