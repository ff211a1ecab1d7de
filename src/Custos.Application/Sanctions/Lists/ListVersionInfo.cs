namespace Custos.Application.Sanctions.Lists;

/// <summary>One imported version of a sanctions list, as shown to people.</summary>
/// <param name="Id">The version's id in Custos (<c>slv_…</c>).</param>
/// <param name="ListId">The list (<c>us-ofac-sdn</c> …).</param>
/// <param name="Version">The reader's version: SHA-256 over the list id and its files' roles and SHA-256.</param>
/// <param name="Entries">How many entries it holds.</param>
/// <param name="ImportedAt">When it was imported.</param>
/// <param name="ImportedBy">Who imported it.</param>
/// <param name="InForce">Whether it is the version in force of its list.</param>
/// <param name="Files">Its files with their SHA-256.</param>
/// <param name="Notes">What the reader set aside.</param>
public sealed record ListVersionInfo(
    string Id, string ListId, string Version, int Entries, DateTimeOffset ImportedAt, string ImportedBy, bool InForce,
    IReadOnlyList<ListFileInfo> Files, IReadOnlyList<string> Notes);
