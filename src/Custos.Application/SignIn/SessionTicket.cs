using Custos.Domain.Access;

namespace Custos.Application.SignIn;

/// <summary>A sign-in session as the web layer needs it: its id (for the cookie), its stage and its absolute end.</summary>
public sealed record SessionTicket(string Id, SignInStage Stage, DateTimeOffset ExpiresAt);
