namespace Custos.Web.Pages.Shared;

/// <summary>One target row of the request form: its type (from a list), its value and the person's role.</summary>
public sealed class TargetRow
{
    public string? Type { get; set; }
    public string? Value { get; set; }
    public string? Role { get; set; }

    /// <summary>A row left blank (its type alone, as the list preselects one, does not make a target).</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Value);
}
