namespace Custos.Domain.Policy;

/// <summary>
/// One independent piece of evidence the predominance assessment weighs (INTERPOL's Art. 3 factors: the offence, the status
/// of the persons, who asks, other states' positions, the context). The policy gives each its weight.
/// </summary>
public enum PoliticalSignal
{
    /// <summary>The legal basis or description cites a statute the policy records as used against speech, association, religion, protest or donations.</summary>
    Statute,
    /// <summary>The description or legal basis uses a term of the policy's lexicon of such offences.</summary>
    Lexicon,
    /// <summary>An offence category the policy counts as political (extremism).</summary>
    OffenceCategory,
    /// <summary>A designation on a list the policy marks as abused on the date.</summary>
    Designation,
    /// <summary>A target is known (or described) as a journalist, activist, opposition politician…</summary>
    ProtectedStatus,
    /// <summary>The targets are a group: everyone who paid one address, everyone in a country, or many customers.</summary>
    GroupReach,
    /// <summary>No target is named as a suspect.</summary>
    NoSuspect,
    /// <summary>The requester is of a type the policy weighs (a security or intelligence service).</summary>
    Requester,
    /// <summary>The requesting state's Freedom House status on the date.</summary>
    Jurisdiction,
    /// <summary>INTERPOL checks the requesting state's requests centrally on the date.</summary>
    InterpolSupervision,
    /// <summary>An ordinary offence of harm is alleged (fraud, ransomware, child abuse): counts against political character.</summary>
    OrdinaryOffence,
}
