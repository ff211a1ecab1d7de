namespace Custos.Domain.Access;

/// <summary>Whose session a sign-in session is: a member of staff (the console) or an agency officer (the portal).</summary>
public enum SessionHolder
{
    Staff = 1,
    Officer = 2,
}
