namespace Custos.Domain.Policy;

/// <summary>
/// What scrutiny recommends. The numeric order is the restrictiveness order of REQUEST-FORMAT.md, least first:
/// when findings point different ways, the highest wins (<c>deny</c> &gt; <c>redirect</c> &gt; <c>escalate</c> &gt;
/// <c>incomplete</c> &gt; <c>clarify</c> &gt; <c>narrow</c> &gt; <c>produce</c> / <c>preserve</c>).
/// </summary>
public enum Recommendation
{
    Produce = 0,
    Preserve = 1,
    Narrow = 2,
    Clarify = 3,
    Incomplete = 4,
    Escalate = 5,
    Redirect = 6,
    Deny = 7,
}
