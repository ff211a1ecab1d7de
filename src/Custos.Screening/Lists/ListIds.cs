namespace Custos.Screening.Lists;

/// <summary>The stable identifiers of the lists the readers produce.</summary>
public static class ListIds
{
    /// <summary>The US Treasury OFAC Specially Designated Nationals and Blocked Persons list.</summary>
    public const string OfacSdn = "us-ofac-sdn";

    /// <summary>The US Treasury OFAC consolidated non-SDN lists (SSI, NS-MBS, CMIC, FSE, PLC …).</summary>
    public const string OfacConsolidated = "us-ofac-consolidated";

    /// <summary>The UN Security Council consolidated sanctions list.</summary>
    public const string UnSecurityCouncil = "un-sc-consolidated";
}
