namespace Custos.Application.Production;

/// <summary>How often the host looks for preservations whose period has ended.</summary>
public sealed class PreservationExpiryOptions
{
    /// <summary>The wait between rounds, on the injected clock (default one hour; periods are counted in days).</summary>
    public TimeSpan CheckInterval { get; init; } = TimeSpan.FromHours(1);
}
