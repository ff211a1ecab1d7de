namespace Custos.Domain.Access;

/// <summary>Where a sign-in stands: waiting for a one-time code, waiting for enrolment of a factor, or a session in use.</summary>
public enum SignInStage
{
    /// <summary>The password was right; the code of the enrolled second factor is due.</summary>
    SecondFactor = 1,
    /// <summary>The password was right; the roles require a second factor and none is enrolled yet.</summary>
    Enrolment = 2,
    /// <summary>Signed in: the session is in use.</summary>
    Active = 3,
}
