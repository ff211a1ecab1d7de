namespace Custos.Application.Production;

/// <summary>One data file as the manifest lists it.</summary>
/// <param name="Path">Its path in the archive.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of its bytes.</param>
public sealed record PackageFile(string Path, string Sha256);
