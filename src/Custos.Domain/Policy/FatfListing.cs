namespace Custos.Domain.Policy;

/// <summary>Whether the FATF lists a country as under increased monitoring (grey) or subject to a call for action (black).</summary>
public enum FatfListing
{
    None,
    Grey,
    Black,
}
