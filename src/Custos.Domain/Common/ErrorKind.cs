namespace Custos.Domain.Common;

/// <summary>The broad class of an expected failure.</summary>
public enum ErrorKind
{
    /// <summary>The input was malformed or broke a rule (HTTP 400/422).</summary>
    Invalid = 1,
    /// <summary>The thing asked for does not exist (HTTP 404).</summary>
    NotFound = 2,
    /// <summary>The request conflicts with the current state (HTTP 409).</summary>
    Conflict = 3,
    /// <summary>The caller may not do this (HTTP 403).</summary>
    Forbidden = 4,
}
