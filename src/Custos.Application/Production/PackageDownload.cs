namespace Custos.Application.Production;

/// <summary>A package handed to the agency.</summary>
/// <param name="Bytes">CMS enveloped data, DER (<see cref="PackageFormat.MediaType"/>).</param>
/// <param name="FileName">The name to save it under: <c>&lt;requestId&gt;.p7m</c>.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of <paramref name="Bytes"/>, as the download event records it.</param>
public sealed record PackageDownload(byte[] Bytes, string FileName, string Sha256);
