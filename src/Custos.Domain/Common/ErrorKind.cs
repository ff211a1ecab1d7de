namespace Custos.Domain.Common;

/// <summary>
/// The broad class of an expected failure. Each kind promises one HTTP status (and the CLI one exit code); the web
/// layer's one error mapping sends exactly that status.
/// </summary>
public enum ErrorKind
{
    /// <summary>The input was malformed or broke a rule: HTTP 400.</summary>
    Invalid = 1,
    /// <summary>The thing asked for does not exist (or is not the caller's to see): HTTP 404.</summary>
    NotFound = 2,
    /// <summary>The request conflicts with the current state: HTTP 409.</summary>
    Conflict = 3,
    /// <summary>The caller may not do this: HTTP 403.</summary>
    Forbidden = 4,
    /// <summary>The body is of a media type this endpoint does not take: HTTP 415.</summary>
    UnsupportedMediaType = 5,
    /// <summary>The body is larger than this endpoint takes: HTTP 413.</summary>
    TooLarge = 6,
    /// <summary>What was asked for existed once and is gone for good (an expired or used download): HTTP 410.</summary>
    Gone = 7,
}
