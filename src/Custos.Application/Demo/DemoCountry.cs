namespace Custos.Application.Demo;

/// <summary>
/// How addresses, phone numbers, e-mail domains, IP ranges and identity document numbers look in one country.
/// Patterns: <c>#</c> a digit, <c>A</c> a letter, <c>*</c> a digit or letter; in address formats <c>{s}</c> is a street,
/// <c>{n}</c> a house number and <c>{m}</c> a flat number.
/// </summary>
internal sealed record DemoCountry(
    string Code,
    string[] Cities,
    string? PostalPattern,
    string AddressFormat,
    string[] Streets,
    string PhonePattern,
    string[] EmailDomains,
    string[] Ipv4Prefixes,
    string Ipv6Prefix,
    string PassportPattern,
    string? NationalIdPattern);
