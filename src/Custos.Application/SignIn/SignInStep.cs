namespace Custos.Application.SignIn;

/// <summary>
/// Where a sign-in stands after a step: the account (a member of staff or an officer) and its session, whose stage says
/// whether it is in use or waits for a code or an enrolment.
/// </summary>
public sealed record SignInStep<TAccount>(TAccount Account, SessionTicket Session);
