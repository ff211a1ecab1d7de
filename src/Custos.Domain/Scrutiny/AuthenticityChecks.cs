using Custos.Domain.Common;
using Custos.Domain.Policy;

namespace Custos.Domain.Scrutiny;

/// <summary>Authenticity: official domains, verification of the requester, reputation.</summary>
internal static class AuthenticityChecks
{
    public static Firing? FreeMailDomain(Evaluation e)
    {
        var r = e.Request;
        foreach (var candidate in new[] { r.Agency.Domain, r.Agency.Email, r.Officer?.Email })
        {
            var domain = Text.DomainOf(candidate);
            if (domain is not null && IsFreeMail(domain, e.Policy.FreeMailDomains))
            {
                return Firing.With("domain", domain);
            }
        }

        return null;
    }

    public static Firing? Verification(PolicyRule rule, Evaluation e) =>
        rule.Parameters.Verifications.Contains(e.Request.Agency.Verification)
            ? Firing.With("verification", KebabCase.Format(e.Request.Agency.Verification))
            : null;

    public static Firing? ReputationFlag(Evaluation e) =>
        e.Context.ReputationFlags.Count > 0 ? Firing.With("flags", string.Join(", ", e.Context.ReputationFlags)) : null;

    private static bool IsFreeMail(string domain, IReadOnlySet<string> freeMail)
    {
        if (freeMail.Contains(domain))
        {
            return true;
        }

        // A subdomain of a free-mail domain is still free mail (mail.yahoo.com).
        for (var dot = domain.IndexOf('.', StringComparison.Ordinal); dot >= 0; dot = domain.IndexOf('.', dot + 1))
        {
            if (freeMail.Contains(domain[(dot + 1)..]))
            {
                return true;
            }
        }

        return false;
    }
}
