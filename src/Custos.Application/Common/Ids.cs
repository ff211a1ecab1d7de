using System.Security.Cryptography;

namespace Custos.Application.Common;

/// <summary>Identifiers Custos assigns: random, URL-safe, not guessable, sortable by nothing.</summary>
public static class Ids
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    /// <summary>A new identifier such as <c>usr_k3m9…</c> (<paramref name="length"/> random characters after the prefix).</summary>
    public static string New(string prefix, int length = 20) =>
        prefix + "_" + RandomNumberGenerator.GetString(Alphabet, length);
}
