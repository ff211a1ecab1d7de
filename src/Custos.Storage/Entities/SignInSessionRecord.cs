using Custos.Domain.Access;

namespace Custos.Storage.Entities;

/// <summary>
/// One sign-in of a member of staff or an officer: its id is in the session cookie, and every request checks it, so that
/// signing out (or disabling the account) ends it on the server at once, and it never outlives its absolute expiry.
/// </summary>
public sealed class SignInSessionRecord
{
    /// <summary>Random, unguessable; carried in the (data-protected) cookie.</summary>
    public required string Id { get; init; }
    public required SessionHolder Holder { get; init; }
    /// <summary>The staff user's or the officer's id.</summary>
    public required string AccountId { get; init; }
    public required SignInStage Stage { get; set; }
    /// <summary>Whether the sign-in was completed with a second factor.</summary>
    public bool SecondFactor { get; set; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset LastSeenAt { get; set; }
    /// <summary>Absolute end (exclusive): the pending step's short life, then the session's lifetime from completion.</summary>
    public required DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    /// <summary>Why it ended: <c>signed-out</c>, <c>disabled</c>, <c>roles-changed</c>, <c>locked-out</c>, <c>second-factor-reset</c>.</summary>
    public string? EndReason { get; set; }
    /// <summary>
    /// A stronger hash of the password, made at the password step when the stored one uses older parameters; written to
    /// the account when the sign-in completes, with its ledger event.
    /// </summary>
    public string? PasswordRehash { get; set; }
}
