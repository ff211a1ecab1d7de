namespace Custos.Application.Customers.Import;

/// <summary>The phases of an import.</summary>
public enum ImportPhase
{
    /// <summary>Reading and checking the files; nothing is written yet.</summary>
    Reading = 1,
    /// <summary>Writing to the database inside one transaction.</summary>
    Writing = 2,
}
