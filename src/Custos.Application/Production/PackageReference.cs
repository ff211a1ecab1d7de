namespace Custos.Application.Production;

/// <summary>A reference of the production event that is not a customer: what it is, and its opaque key in the event's <c>ref</c> lines.</summary>
/// <param name="Kind"><c>request</c>, <c>agency</c> or <c>officer</c> (<see cref="PackageReferences.OtherKinds"/>).</param>
/// <param name="Key">Its opaque key, 32 lower-case hex characters (the operator's keyed hash: the agency cannot recompute it).</param>
public sealed record PackageReference(string Kind, string Key);
