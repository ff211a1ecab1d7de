namespace Custos.Domain.Notices;

/// <summary>A notice to a customer as it is sent: a subject line and a plain-text body.</summary>
/// <param name="Subject">The subject line.</param>
/// <param name="Body">The body, lines ending in a line feed.</param>
public sealed record CustomerNotice(string Subject, string Body);
