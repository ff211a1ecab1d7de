namespace Custos.Screening.Lists;

/// <summary>What a file contributes to a list snapshot.</summary>
public enum FileRole
{
    /// <summary>OFAC primary records: <c>sdn.csv</c> or <c>cons_prim.csv</c> (12 columns).</summary>
    OfacPrimary = 1,

    /// <summary>OFAC alternate names: <c>alt.csv</c> or <c>cons_alt.csv</c> (5 columns).</summary>
    OfacAliases = 2,

    /// <summary>OFAC addresses: <c>add.csv</c> or <c>cons_add.csv</c> (6 columns).</summary>
    OfacAddresses = 3,

    /// <summary>OFAC remark continuations: <c>sdn_comments.csv</c> or <c>cons_comments.csv</c> (2 columns).</summary>
    OfacComments = 4,

    /// <summary>The UN Security Council consolidated list XML (<c>CONSOLIDATED_LIST</c> root element).</summary>
    UnConsolidatedXml = 5,
}
