using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Custos.Web.Api.OpenApi;

/// <summary>The bodies the generator cannot infer: multipart parts, and binary downloads.</summary>
internal static class MultipartBodies
{
    /// <summary><c>POST /api/v1/requests</c>: JSON, or multipart with a <c>request</c> part (JSON) and <c>documents</c> file parts.</summary>
    public static Task Submission(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document;
        IOpenApiSchema request = document is null ? new OpenApiSchema { Type = JsonSchemaType.Object } : new OpenApiSchemaReference(nameof(Domain.Requests.DataRequest), document);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The request as JSON (at most 256 KiB), or multipart/form-data with the request in a part named 'request' and each legal document in a part named 'documents'.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new() { Schema = request },
                ["multipart/form-data"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "request" },
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["request"] = request,
                            ["documents"] = new OpenApiSchema
                            {
                                Type = JsonSchemaType.Array,
                                Description = "Legal documents (PDF, PNG, JPEG, TIFF, plain text, DOCX); each is checked against its type and recorded with its SHA-256.",
                                Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                            },
                        },
                    },
                    Encoding = new Dictionary<string, OpenApiEncoding> { ["request"] = new() { ContentType = "application/json" } },
                },
            },
        };
        return Task.CompletedTask;
    }

    /// <summary><c>POST /api/v1/requests/{id}/documents</c>: one file part named <c>document</c>.</summary>
    public static Task Document(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "One legal document in a part named 'document'; when the request declared it with a sha256, the upload must match.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["multipart/form-data"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "document" },
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["document"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                        },
                    },
                },
            },
        };
        return Task.CompletedTask;
    }

    /// <summary>A download: the stored bytes, of the type they were checked to be.</summary>
    public static Task BinaryDownload(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Responses ??= [];
        operation.Responses["200"] = new OpenApiResponse
        {
            Description = "The document's bytes, sent with the media type it was checked to be and nosniff.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/octet-stream"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
            },
        };
        return Task.CompletedTask;
    }

    /// <summary>The production package download: CMS enveloped data (DER) as <c>application/pkcs7-mime</c>.</summary>
    public static Task PackageDownload(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Responses ??= [];
        operation.Responses["200"] = new OpenApiResponse
        {
            Description = "The package: CMS enveloped data (DER, AES-256, RSA-OAEP) encrypted to the agency's registered certificate, " +
                "sent as an attachment named <requestId>.p7m. `openssl cms -decrypt -inform DER -recip CERT -inkey KEY` or " +
                "`custos package verify` opens it.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/pkcs7-mime"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
            },
        };
        return Task.CompletedTask;
    }
}
