namespace Custos.Domain.Agencies;

/// <summary>The trust decisions that take two people of the central function (stored kebab-case; never renamed).</summary>
public enum TrustChangeKind
{
    /// <summary>Record an agency as verified out-of-band (or as failing verification).</summary>
    RecordVerification = 1,
    /// <summary>Clear a reputation flag.</summary>
    ClearFlag = 2,
    /// <summary>Register the certificate productions are encrypted to.</summary>
    RegisterCertificate = 3,
    /// <summary>Create an API key for the agency.</summary>
    CreateAgencyKey = 4,
}
