using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Custos.Web.Api.OpenApi;

/// <summary>
/// Documents the problem answers every keyed operation can give (RFC 9457 <c>application/problem+json</c>): 401
/// without a valid key, 403 for what the key may not do, 404 for what it cannot see, 400 for bad input; and types a
/// download's body as binary.
/// </summary>
internal sealed class ProblemResponses(bool keyed) : IOpenApiOperationTransformer
{
    /// <summary>The component name of the problem schema every document defines.</summary>
    public const string Schema = "Problem";

    /// <summary>RFC 9457 problem details as Custos sends them: the stable code in <c>type</c>, the fields at fault in <c>errors</c>.</summary>
    public static OpenApiSchema ProblemSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 9457 problem details. `type` is `urn:custos:error:<code>`, a stable code; `title` names the kind of problem; `detail` says what was wrong this time.",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "urn:custos:error:<stable code>" },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Items = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["code"] = new OpenApiSchema { Type = JsonSchemaType.String },
                        ["field"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                        ["message"] = new OpenApiSchema { Type = JsonSchemaType.String },
                    },
                },
            },
        },
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Responses ??= [];
        var document = context.Document;
        if (keyed)
        {
            Add(operation, document, "401", "No valid API key was presented (missing, unknown, revoked or expired).");
            Add(operation, document, "403", "The key may not do this.");
        }

        if (context.Description.ParameterDescriptions.Any(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Path))
        {
            Add(operation, document, "404", "Nothing at this address for this key (another agency's request is not found either).");
        }

        if (operation.RequestBody is not null || context.Description.ParameterDescriptions.Any(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Query))
        {
            Add(operation, document, "400", "The input is not valid; the problem names each field and what was wrong.");
        }

        if (!operation.Responses.Keys.Any(k => k.StartsWith('4')))
        {
            Add(operation, document, "400", "The request could not be understood.");
        }

        // Every error answer, however it was declared, is the one problem schema.
        foreach (var (status, response) in operation.Responses.Where(r => r.Key[0] is '4' or '5').ToList())
        {
            operation.Responses[status] = new OpenApiResponse
            {
                Description = string.IsNullOrEmpty(response.Description) ? Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture)) : response.Description,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = document is null ? ProblemSchema() : new OpenApiSchemaReference(Schema, document) },
                },
            };
        }

        return Task.CompletedTask;
    }

    private static void Add(OpenApiOperation operation, OpenApiDocument? document, string status, string description)
    {
        if (operation.Responses!.ContainsKey(status))
        {
            if (operation.Responses[status] is OpenApiResponse existing && string.IsNullOrEmpty(existing.Description) is false && existing.Content is { Count: > 0 })
            {
                return;
            }
        }

        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new()
                {
                    Schema = document is null ? ProblemSchema() : new OpenApiSchemaReference(Schema, document),
                },
            },
        };
    }
}
