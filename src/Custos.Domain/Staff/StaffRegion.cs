namespace Custos.Domain.Staff;

/// <summary>
/// Where a member of staff works. Staff of the global compliance function have <see cref="Global"/>; everybody else is
/// regional staff, who may take in requests but never approve a disclosure.
/// </summary>
public static class StaffRegion
{
    public const string Global = "global";

    public static bool IsRegional(string region) => !string.Equals(region, Global, StringComparison.Ordinal);

    /// <summary>A region is a lower-case ASCII word or code (<c>global</c>, <c>eu</c>, <c>cis</c>, <c>ru</c>, …).</summary>
    public static bool IsValid(string? region) =>
        !string.IsNullOrEmpty(region) && region.Length <= 32 &&
        region.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
