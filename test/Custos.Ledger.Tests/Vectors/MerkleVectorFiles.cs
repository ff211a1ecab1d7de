using System.Text.Json;
using Custos.Ledger.Tests.Support;

namespace Custos.Ledger.Tests.Vectors;

/// <summary>Enumerates and reads the transparency-dev/merkle JSON probes.</summary>
internal static class MerkleVectorFiles
{
    private const string Root = "ledger-vectors/transparency-dev-merkle";

    public static TheoryData<string> In(string folder)
    {
        var data = new TheoryData<string>();
        if (TestData.Directory is null)
        {
            return data;
        }

        var directory = TestData.PathOf(Path.Combine(Root, folder));
        foreach (var file in Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(TestData.PathOf(Root), file));
        }

        return data;
    }

    public static JsonElement Read(string relative) =>
        JsonDocument.Parse(File.ReadAllText(TestData.PathOf(Path.Combine(Root, relative)))).RootElement;

    public static byte[] Bytes(JsonElement element, string name) => Convert.FromBase64String(element.GetProperty(name).GetString() ?? string.Empty);

    public static ulong Number(JsonElement element, string name) => element.GetProperty(name).GetUInt64();

    public static IReadOnlyList<byte[]>? Proof(JsonElement element, string name = "proof")
    {
        var proof = element.GetProperty(name);
        return proof.ValueKind == JsonValueKind.Null ? null : proof.EnumerateArray().Select(p => Convert.FromBase64String(p.GetString()!)).ToArray();
    }
}
