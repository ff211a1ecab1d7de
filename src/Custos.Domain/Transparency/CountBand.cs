using System.Globalization;

namespace Custos.Domain.Transparency;

/// <summary>A count published as a band (both ends included): <c>0-249</c>.</summary>
/// <param name="Low">The lowest count of the band.</param>
/// <param name="High">The highest count of the band.</param>
public sealed record CountBand(int Low, int High)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Low}-{High}");
}
