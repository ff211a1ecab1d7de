namespace Custos.Screening.Lists;

/// <summary>A file handed to <see cref="ListReader"/>: its name (used in errors and to tell OFAC's consolidated
/// files, named <c>cons_*</c>, from the SDN files) and its exact bytes.</summary>
/// <param name="Name">The file name.</param>
/// <param name="Content">The file's bytes.</param>
public sealed record ListFile(string Name, ReadOnlyMemory<byte> Content)
{
    /// <summary>Reads a file from disk.</summary>
    /// <param name="path">The path.</param>
    public static ListFile FromPath(string path) => new(Path.GetFileName(path), File.ReadAllBytes(path));
}
