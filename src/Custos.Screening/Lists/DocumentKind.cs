namespace Custos.Screening.Lists;

/// <summary>The family of an identity or registration document; the list's own label is kept beside it.</summary>
public enum DocumentKind
{
    /// <summary>Any other identifier (MMSI, SWIFT/BIC, ISIN, licence …).</summary>
    Other = 0,

    /// <summary>A passport (ordinary, diplomatic, service).</summary>
    Passport = 1,

    /// <summary>A national identity number or card (national ID, cédula, DNI, CURP, personal ID card, SSN …).</summary>
    NationalId = 2,

    /// <summary>A tax identifier (tax ID, RFC, NIT, RUC, VAT number …).</summary>
    TaxId = 3,

    /// <summary>A company or registry number (registration number, company number, LEI, USCC …).</summary>
    Registration = 4,

    /// <summary>An IMO number of a vessel or of a ship-owning company.</summary>
    Imo = 5,
}
