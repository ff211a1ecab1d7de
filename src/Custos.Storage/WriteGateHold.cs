namespace Custos.Storage;

/// <summary>What a context holds of the SQLite write gate.</summary>
internal enum WriteGateHold
{
    /// <summary>Nothing.</summary>
    None,
    /// <summary>The gate, for one <c>SaveChanges</c> outside a transaction.</summary>
    Save,
    /// <summary>The gate, for a transaction until it commits or rolls back.</summary>
    Transaction,
}
