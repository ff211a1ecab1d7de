using Custos.Domain.Requests;

namespace Custos.Domain.Notices;

/// <summary>Everything a customer notice says: to whom, what data, to which authority, under which process, when, and how to check.</summary>
public sealed record NoticeDetails
{
    /// <summary>The customer's account id at the platform.</summary>
    public required string AccountId { get; init; }

    /// <summary>The customer's name, for the greeting; null to greet without it.</summary>
    public string? CustomerName { get; init; }

    /// <summary>The platform's name, as it signs.</summary>
    public required string PlatformName { get; init; }

    /// <summary>The authority's name, as the registry holds it.</summary>
    public required string AgencyName { get; init; }

    /// <summary>The authority's country (ISO 3166-1 alpha-2).</summary>
    public string? AgencyCountry { get; init; }

    /// <summary>The legal process the authority used.</summary>
    public required LegalProcessType Process { get; init; }

    /// <summary>The process's reference (docket, order number), if given.</summary>
    public string? ProcessReference { get; init; }

    /// <summary>Who issued it (court, prosecutor), if given.</summary>
    public string? Issuer { get; init; }

    /// <summary>When it was issued, if given.</summary>
    public DateOnly? IssuedOn { get; init; }

    /// <summary>The law it was issued under, if given.</summary>
    public string? LegalBasis { get; init; }

    /// <summary>The data disclosed (or to be disclosed).</summary>
    public required IReadOnlyList<DisclosedData> Data { get; init; }

    /// <summary>The day the package was released to the authority; null for a notice sent before production.</summary>
    public DateOnly? DisclosedOn { get; init; }

    /// <summary>Why notice comes only now (the order that delayed it), when it was delayed.</summary>
    public string? DelayReason { get; init; }

    /// <summary>How to check it in the ledger.</summary>
    public required LedgerPointer Ledger { get; init; }

    /// <summary>The customer's disclosure code, index key and proof page; null to point only to <see cref="LedgerPointer.CheckUrl"/>.</summary>
    public CustomerProofKey? Proof { get; init; }
}
