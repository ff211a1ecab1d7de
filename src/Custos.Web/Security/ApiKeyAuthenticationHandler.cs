using System.Security.Claims;
using System.Text.Encodings.Web;
using Custos.Application.Access;
using Custos.Application.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Custos.Web.Security;

/// <summary>Authenticates <c>Authorization: Bearer custos_…</c> or <c>X-Api-Key: custos_…</c>.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeys keys, StaffAccounts staff)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers["X-Api-Key"].ToString();
        var authorization = Request.Headers.Authorization.ToString();
        if (presented.Length == 0 && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            presented = authorization["Bearer ".Length..].Trim();
        }

        if (presented.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        var owner = await keys.AuthenticateAsync(presented, Context.RequestAborted);
        if (owner is null)
        {
            return AuthenticateResult.Fail("The API key is not valid, revoked or expired.");
        }

        ClaimsIdentity identity;
        if (owner.OwnerUserId is not null)
        {
            var member = await staff.GetByIdAsync(owner.OwnerUserId, Context.RequestAborted);
            if (member is null || member.IsDisabled)
            {
                return AuthenticateResult.Fail("The API key's owner is disabled.");
            }

            identity = CustosClaims.ForStaff(member, Scheme.Name);
        }
        else
        {
            identity = new ClaimsIdentity(Scheme.Name, ClaimTypes.Name, ClaimTypes.Role);
            identity.AddClaim(new Claim(ClaimTypes.Name, owner.Name));
            identity.AddClaim(new Claim(CustosClaims.AgencyId, owner.AgencyId!));
        }

        identity.AddClaim(new Claim(CustosClaims.ApiKeyId, owner.KeyId));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }
}
