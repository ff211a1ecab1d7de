namespace Custos.Screening.Lists;

/// <summary>One file read into a snapshot, with the SHA-256 of its exact bytes.</summary>
/// <param name="Name">The file name as given to the reader.</param>
/// <param name="Role">What the file contributed.</param>
/// <param name="Sha256">The SHA-256 of the file's bytes, lower-case hexadecimal.</param>
/// <param name="Length">The file's length in bytes.</param>
/// <param name="Records">How many records (CSV rows, XML entries) the file held.</param>
public sealed record SourceFile(string Name, FileRole Role, string Sha256, long Length, int Records);
