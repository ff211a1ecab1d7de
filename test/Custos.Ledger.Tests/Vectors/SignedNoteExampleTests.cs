using Custos.Ledger.Merkle;
using Custos.Ledger.Notes;
using Custos.Ledger.Tests.Support;

namespace Custos.Ledger.Tests.Vectors;

/// <summary>The C2SP signed-note example quoted in shared/data/README.md, and the empty-tree root stated there.</summary>
public sealed class SignedNoteExampleTests
{
    private const string ExampleKey = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k";

    private static string ExampleNote()
    {
        var readme = File.ReadAllText(TestData.PathOf("README.md"));
        var start = readme.IndexOf("This is an example message.", StringComparison.Ordinal);
        var end = readme.IndexOf("```", start, StringComparison.Ordinal);
        return readme[start..end];
    }

    [RequiresDataFact]
    public void Verify_ReadmeExampleNote_VerifiesWithExampleKey()
    {
        var key = NoteVerifierKey.Parse(ExampleKey).Value;
        var note = SignedNote.Parse(ExampleNote());
        Assert.True(note.IsSuccess, note.ToString());
        Assert.Equal("This is an example message.\n", note.Value.Text);
        var verified = note.Value.Verify([key]);
        Assert.True(verified.IsSuccess, verified.ToString());
        Assert.Equal(0x530d903au, verified.Value.Single().KeyId);
    }

    [RequiresDataFact]
    public void Verify_ReadmeExampleNoteWithEditedText_IsRejected()
    {
        var key = NoteVerifierKey.Parse(ExampleKey).Value;
        var tampered = SignedNote.Parse(ExampleNote().Replace("example message", "exemplary message", StringComparison.Ordinal)).Value;
        Assert.Equal("note.signature-invalid", tampered.Verify([key]).Error.Code);
    }

    [RequiresDataFact]
    public void EmptyRoot_ReadmeStatedValue_Matches()
    {
        var readme = File.ReadAllText(TestData.PathOf("README.md"));
        Assert.Contains(Convert.ToBase64String(MerkleHash.EmptyRoot), readme, StringComparison.Ordinal);
        Assert.Equal("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", Convert.ToBase64String(MerkleHash.ComputeRoot(ReadOnlySpan<byte>.Empty)));
    }
}
