using Custos.Application.SignIn;
using Microsoft.AspNetCore.Identity;

namespace Custos.Application.Tests.Staff;

/// <summary>The real hasher, noting every hash it is asked to verify: sign-in's work, seen structurally rather than timed.</summary>
internal sealed class CountingPasswordVerifier : IPasswordVerifier
{
    public List<string> Verified { get; } = [];

    public string DummyHash => PasswordVerifier.Instance.DummyHash;

    public string Hash(string password) => PasswordVerifier.Instance.Hash(password);

    public PasswordVerificationResult Verify(string hash, string password)
    {
        Verified.Add(hash);
        return PasswordVerifier.Instance.Verify(hash, password);
    }
}
