namespace Custos.Domain.Events;

/// <summary>
/// Every ledger event type Custos writes. Ids are grouped by area (1xxx staff and access, 2xxx platform data,
/// 9xxx configuration). Add new types at the end of their group; never renumber or delete one.
/// </summary>
public static class LedgerEventTypes
{
    public static readonly LedgerEventType StaffSignedIn = new(1001, "staff.signed-in");
    public static readonly LedgerEventType StaffSignInFailed = new(1002, "staff.sign-in-failed");
    public static readonly LedgerEventType StaffSignedOut = new(1003, "staff.signed-out");
    public static readonly LedgerEventType StaffUserCreated = new(1010, "staff.user-created");
    public static readonly LedgerEventType StaffRolesChanged = new(1011, "staff.roles-changed");
    public static readonly LedgerEventType StaffUserDisabled = new(1012, "staff.user-disabled");
    public static readonly LedgerEventType StaffPasswordChanged = new(1013, "staff.password-changed");
    public static readonly LedgerEventType ApiKeyCreated = new(1020, "access.api-key-created");
    public static readonly LedgerEventType ApiKeyRevoked = new(1021, "access.api-key-revoked");
    public static readonly LedgerEventType CustomersImported = new(2001, "customers.imported");
    public static readonly LedgerEventType ConfigurationChanged = new(9001, "configuration.changed");

    /// <summary>All event types, found by reflection so that a new field cannot be forgotten here.</summary>
    public static IReadOnlyList<LedgerEventType> All { get; } =
        typeof(LedgerEventTypes).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(LedgerEventType))
            .Select(f => (LedgerEventType)f.GetValue(null)!)
            .OrderBy(t => t.Id)
            .ToArray();
}
