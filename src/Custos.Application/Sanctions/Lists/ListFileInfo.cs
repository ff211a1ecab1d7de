namespace Custos.Application.Sanctions.Lists;

/// <summary>One file of a list version.</summary>
/// <param name="Name">The file name as imported.</param>
/// <param name="Role">What it contributed (<c>ofac-primary</c>, <c>ofac-aliases</c> …).</param>
/// <param name="Sha256">The SHA-256 of its exact bytes.</param>
/// <param name="Length">Its length in bytes.</param>
/// <param name="Records">How many rows or entries it held.</param>
public sealed record ListFileInfo(string Name, string Role, string Sha256, long Length, int Records);
