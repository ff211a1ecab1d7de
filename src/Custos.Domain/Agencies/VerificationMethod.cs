namespace Custos.Domain.Agencies;

/// <summary>How an analyst confirmed an agency outside the channel the request came through (stored kebab-case).</summary>
public enum VerificationMethod
{
    /// <summary>Called a number the agency publishes itself (its website, an official directory), never one the requester gave.</summary>
    PublishedPhone,

    /// <summary>Confirmed with a contact at the agency already known to the platform from earlier, verified dealings.</summary>
    KnownContact,

    /// <summary>Met an official of the agency in person, with identity documents checked.</summary>
    InPerson,

    /// <summary>A signed letter on the agency's letterhead, received by post or courier and checked against the agency's published address.</summary>
    OfficialLetter,

    /// <summary>Confirmed through an embassy, a liaison officer or another diplomatic channel.</summary>
    DiplomaticChannel,
}
