using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Custos.Application.SignIn;

/// <summary>ASP.NET Core's <see cref="PasswordHasher{TUser}"/> (PBKDF2 with HMAC-SHA512, versioned format).</summary>
public sealed class PasswordVerifier : IPasswordVerifier
{
    private static readonly PasswordHasher<object> Hasher = new();

    private static readonly object Nobody = new();

    private static readonly Lazy<string> Dummy = new(() => Hasher.HashPassword(Nobody, RandomNumberGenerator.GetHexString(32)));

    /// <summary>The one instance (it holds no state of its own).</summary>
    public static PasswordVerifier Instance { get; } = new();

    public string DummyHash => Dummy.Value;

    public string Hash(string password) => Hasher.HashPassword(Nobody, password);

    public PasswordVerificationResult Verify(string hash, string password) => Hasher.VerifyHashedPassword(Nobody, hash, password);
}
