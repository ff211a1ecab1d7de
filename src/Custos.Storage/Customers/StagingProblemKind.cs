namespace Custos.Storage.Customers;

/// <summary>What is wrong with a staged row.</summary>
public enum StagingProblemKind
{
    /// <summary>An earlier row of the same import has the same natural key.</summary>
    DuplicateKey = 1,

    /// <summary>The row's account id is neither a customer of the import nor one held already.</summary>
    UnknownAccount = 2,
}
