using Microsoft.AspNetCore.Identity;

namespace Custos.Application.SignIn;

/// <summary>
/// Hashes and checks passwords. Sign-in always performs exactly one <see cref="Verify"/>, against
/// <see cref="DummyHash"/> when the account is unknown or disabled, so that the answer takes the same time either way.
/// </summary>
public interface IPasswordVerifier
{
    /// <summary>A hash of a random password nobody knows, made the same way as real hashes (so as costly to check).</summary>
    string DummyHash { get; }

    string Hash(string password);

    PasswordVerificationResult Verify(string hash, string password);
}
