using System.Text.Json.Nodes;
using Custos.Domain.Common;
using Custos.Domain.Requests;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Custos.Web.Api.OpenApi;

/// <summary>
/// Builds the three OpenAPI documents so that a client generator accepts them: the security scheme and the problem
/// answers (400/401/403/404 …) on every keyed operation, enums as their kebab-case strings, multipart bodies described
/// part by part, binary downloads typed, and no server address baked in (clients use the address they call).
/// </summary>
public static class OpenApiSetup
{
    public static IServiceCollection AddCustosOpenApi(this IServiceCollection services)
    {
        services.AddOpenApi(ApiDocuments.Agency, options => Configure(options, ApiDocuments.Agency, "Custos agency API",
            "Submit government data requests in the interchange format and follow them. Authenticate with your agency's API key: " +
            "`Authorization: Bearer custos_…`. Custos sets the time of receipt, the channel and the agency itself."));
        services.AddOpenApi(ApiDocuments.Staff, options => Configure(options, ApiDocuments.Staff, "Custos staff API",
            "Automation for staff, with a staff API key (`custos apikeys create --user NAME`): it acts as its owner, with their roles, " +
            "and is held to the same rules as the console."));
        services.AddOpenApi(ApiDocuments.Ledger, options => Configure(options, ApiDocuments.Ledger, "Custos ledger",
            "The public, append-only Merkle log (RFC 6962/9162, C2SP tlog-tiles and signed-note checkpoints). No key needed."));
        return services;
    }

    private static readonly string[] SetByCustos = ["receivedAt", "channel", "agency"];

    private static void Configure(OpenApiOptions options, string name, string title, string description)
    {
        options.ShouldInclude = endpoint => string.Equals(endpoint.GroupName, name, StringComparison.Ordinal);
        options.AddSchemaTransformer((schema, context, _) =>
        {
            var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
            if (type.IsEnum)
            {
                // Enums travel as their kebab-case text (one spelling everywhere); say which values exist.
                schema.Type = JsonSchemaType.String;
                schema.Enum = Enum.GetNames(type).Select(n => (JsonNode)JsonValue.Create(KebabCase.ToKebab(n))!).ToList();
            }
            else if (name == ApiDocuments.Agency && type == typeof(DataRequest))
            {
                // Agencies do not send these: Custos sets them (and ignores them when given).
                foreach (var setByCustos in SetByCustos)
                {
                    schema.Properties?.Remove(setByCustos);
                    schema.Required?.Remove(setByCustos);
                }

                schema.Description = "A government data request as an agency submits it (REQUEST-FORMAT.md without receivedAt, channel and agency).";
            }

            return Task.CompletedTask;
        });
        options.AddOperationTransformer(new ProblemResponses(keyed: name != ApiDocuments.Ledger));
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = title;
            document.Info.Description = description;
            document.Info.License = new OpenApiLicense { Name = "Terms of the operating platform", Url = new Uri("https://spdx.org/licenses/") };
            // Relative to wherever the document is served: no host is baked in.
            document.Servers = [new OpenApiServer { Url = "/", Description = "The Custos instance serving this document" }];
            document.Components ??= new OpenApiComponents();
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            document.Components.Schemas[ProblemResponses.Schema] = ProblemResponses.ProblemSchema();
            document.Components.Schemas.Remove("IFormFile");
            document.Components.Schemas.Remove("ProblemDetails");
            if (name != ApiDocuments.Ledger)
            {
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[ApiDocuments.BearerScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "custos_<prefix>_<secret>",
                    Description = name == ApiDocuments.Agency
                        ? "An agency API key, issued by the platform after the agency was verified. It acts only for its agency."
                        : "A staff API key; it acts as the member of staff who owns it.",
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiDocuments.BearerScheme, document)] = [] }];
            }
            else
            {
                // Anonymous: an empty requirement says no credentials are needed.
                document.Security = [new OpenApiSecurityRequirement()];
            }

            foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
            {
                tag.Description ??= tag.Name switch
                {
                    "Requests" => "Government data requests: submit, follow, answer, withdraw, download.",
                    "Agency" => "The agency the key acts for.",
                    "Ledger" => "The public log: checkpoints, tiles, entries and proofs.",
                    "Review" => "Review of requests: queue, votes, production, refusal, preservation.",
                    "Customers" => "The platform's customer data, opened only for a purpose and always logged.",
                    _ => tag.Name,
                };
            }

            return Task.CompletedTask;
        });
    }
}
