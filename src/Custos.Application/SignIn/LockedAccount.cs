namespace Custos.Application.SignIn;

/// <summary>An account locked after repeated failed sign-ins: who, until when, and how many lockouts in a row.</summary>
public sealed record LockedAccount(string Id, string Name, string DisplayName, DateTimeOffset LockedUntil, int Lockouts);
