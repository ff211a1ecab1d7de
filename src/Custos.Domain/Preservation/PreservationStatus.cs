namespace Custos.Domain.Preservation;

/// <summary>A preservation on a given day.</summary>
/// <param name="State">Active, expired (release the snapshot) or converted.</param>
/// <param name="Expires">The day it expires (or expired).</param>
/// <param name="DaysLeft">Days until it expires; 0 once expired or converted.</param>
/// <param name="CanExtend">Whether an extension may still be granted today.</param>
public sealed record PreservationStatus(PreservationState State, DateOnly Expires, int DaysLeft, bool CanExtend);
