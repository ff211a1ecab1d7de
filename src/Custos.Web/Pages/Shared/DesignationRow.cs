namespace Custos.Web.Pages.Shared;

/// <summary>One designation row of the request form: the list relied on and the designated organisation or person.</summary>
public sealed class DesignationRow
{
    public string? List { get; set; }
    public string? Name { get; set; }

    /// <summary>A row left blank.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(List) && string.IsNullOrWhiteSpace(Name);
}
