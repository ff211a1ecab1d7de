namespace Custos.Domain.Sanctions;

/// <summary>The latest alert raised for one pair (customer, list entry), as far as deciding on a new hit needs it.</summary>
/// <param name="Status">Where it stands.</param>
/// <param name="CustomerFingerprint">The fingerprint of the customer's facts it was raised on.</param>
/// <param name="EntryFingerprint">The fingerprint of the entry's facts it was raised on.</param>
public sealed record PriorAlert(AlertStatus Status, string CustomerFingerprint, string EntryFingerprint);
