namespace Custos.Screening.Lists;

/// <summary>The role of a name within its entry.</summary>
public enum NameKind
{
    /// <summary>The entry's main name (OFAC SDN_Name, UN first to fourth name).</summary>
    Primary = 0,

    /// <summary>Also known as.</summary>
    Alias = 1,

    /// <summary>Formerly known as.</summary>
    FormerName = 2,

    /// <summary>Now known as.</summary>
    NewName = 3,

    /// <summary>The name written in its original script (UN <c>NAME_ORIGINAL_SCRIPT</c>).</summary>
    OriginalScript = 4,
}
