using System.Security.Claims;
using Custos.Application.Requests;
using Custos.Application.Scrutiny;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Intake;
using Custos.Domain.Lifecycle;
using Custos.Domain.Requests;
using Custos.Web.Security;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Custos.Web.Api;

/// <summary>
/// The agency API: submit a request in the interchange format (with an <c>Idempotency-Key</c>), add documents, follow
/// its status and answer clarification questions. An agency sees only its own requests and never the scrutiny report.
/// </summary>
public static class RequestApiEndpoints
{
    /// <summary>The largest submission (the request and its documents) accepted in one HTTP request.</summary>
    public const long MaxSubmissionBytes = 110L * 1024 * 1024;

    public static IEndpointRouteBuilder MapRequestApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/requests").RequireAuthorization(Policies.Agency).WithTags("Requests").WithGroupName(OpenApi.ApiDocuments.Agency);

        api.MapPost("/", SubmitAsync)
            .WithName("SubmitRequest")
            .WithSummary("Submit a data request")
            .WithDescription(
                "The body is the request in the interchange format (REQUEST-FORMAT.md) as application/json, or multipart/form-data " +
                "with a part named 'request' (the JSON) and any number of file parts named 'documents'. receivedAt and channel are set " +
                "by Custos; the agency is the one the API key belongs to. With an Idempotency-Key header a retry returns the first " +
                "result (and the header Idempotent-Replayed: true); the same key with a different request is refused with 409.")
            .Accepts<DataRequest>("application/json", "multipart/form-data")
            .Produces<RequestStatusView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .AddOpenApiOperationTransformer(OpenApi.MultipartBodies.Submission)
            .WithMetadata(new RequestSizeLimitMetadata(MaxSubmissionBytes))
            .WithFormOptions(valueLengthLimit: RequestIntake.MaxRequestJsonBytes, multipartBodyLengthLimit: MaxSubmissionBytes);

        api.MapGet("/", async (ClaimsPrincipal user, RequestQueries queries, CancellationToken cancellationToken) =>
        {
            var records = await queries.ListForAgencyAsync(user.Agency()!, cancellationToken: cancellationToken);
            return Results.Ok(records.Select(RequestSummaryView.From).ToArray());
        }).WithName("ListRequests").WithSummary("The agency's requests, newest first").Produces<RequestSummaryView[]>();

        api.MapGet("/{id}", async (string id, ClaimsPrincipal user, RequestQueries queries, CancellationToken cancellationToken) =>
        {
            var details = await queries.GetForAgencyAsync(id, user.Agency()!, cancellationToken);
            return details is null ? ErrorResults.Problem(RequestErrors.NotFound(id)) : Results.Ok(RequestStatusView.From(details));
        }).WithName("GetRequest").WithSummary("Status, documents and messages of one request").Produces<RequestStatusView>().ProducesProblem(404);

        api.MapPost("/{id}/documents", AddDocumentAsync)
            .WithName("AddRequestDocument")
            .WithSummary("Upload a document of the request (multipart/form-data, one file part named 'document')")
            .WithDescription("When the request declared the document (legalProcess.documents) with a sha256, the upload must match it.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<DocumentView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .AddOpenApiOperationTransformer(OpenApi.MultipartBodies.Document)
            .WithMetadata(new RequestSizeLimitMetadata(MaxSubmissionBytes));

        api.MapGet("/{id}/documents/{documentId}", async (string id, string documentId, ClaimsPrincipal user, RequestQueries queries, CancellationToken cancellationToken) =>
        {
            var document = await queries.GetDocumentAsync(id, documentId, user.Agency()!, cancellationToken);
            return document is null
                ? ErrorResults.Problem(Error.NotFound("request.document-not-found", $"No document {documentId} on request {id}."))
                : Results.File(document.Content, document.MediaType, document.Name);
        }).WithName("GetRequestDocument").WithSummary("Download a document of the request")
            .AddOpenApiOperationTransformer(OpenApi.MultipartBodies.BinaryDownload);

        api.MapGet("/{id}/messages", async (string id, ClaimsPrincipal user, RequestQueries queries, CancellationToken cancellationToken) =>
        {
            var details = await queries.GetForAgencyAsync(id, user.Agency()!, cancellationToken);
            return details is null
                ? ErrorResults.Problem(RequestErrors.NotFound(id))
                : Results.Ok(details.Messages.Where(m => m.VisibleToAgency).Select(MessageView.From).ToArray());
        }).WithName("ListRequestMessages").WithSummary("Clarification questions and answers").Produces<MessageView[]>().ProducesProblem(404);

        // The bodies are read by JsonBodies, so that one that is not JSON, or of the wrong shape, is a coded problem.
        api.MapPost("/{id}/messages", (string id, HttpRequest http, ClaimsPrincipal user, RequestWorkflow workflow, RequestQueries queries, CancellationToken cancellationToken) =>
            JsonBodies.WithBodyAsync<MessageInput>(http, async input =>
            {
                var result = await workflow.AnswerAsync(id, user.Agency()!, RequestActors.Of(user), input?.Body ?? string.Empty, cancellationToken);
                return result.IsSuccess ? await StatusAsync(id, user, queries, cancellationToken) : ErrorResults.Problem(result.Errors);
            }, cancellationToken))
            .Accepts<MessageInput>("application/json").WithName("SendRequestMessage").WithSummary("Answer a clarification question (or write to the reviewers)").Produces<RequestStatusView>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/{id}/withdraw", (string id, HttpRequest http, ClaimsPrincipal user, RequestWorkflow workflow, RequestQueries queries, CancellationToken cancellationToken) =>
            JsonBodies.WithBodyAsync<WithdrawInput>(http, async input =>
            {
                var result = await workflow.WithdrawAsync(id, user.Agency()!, RequestActors.Of(user), input?.Reason, cancellationToken);
                return result.IsSuccess ? await StatusAsync(id, user, queries, cancellationToken) : ErrorResults.Problem(result.Errors);
            }, cancellationToken))
            .Accepts<WithdrawInput>("application/json").WithName("WithdrawRequest").WithSummary("Withdraw the request").Produces<RequestStatusView>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        return app;
    }

    private static async Task<IResult> StatusAsync(string id, ClaimsPrincipal user, RequestQueries queries, CancellationToken cancellationToken)
    {
        var details = await queries.GetForAgencyAsync(id, user.Agency()!, cancellationToken);
        return Results.Ok(RequestStatusView.From(details!));
    }

    private static async Task<IResult> SubmitAsync(HttpContext context, RequestIntake intake, RequestQueries queries, CancellationToken cancellationToken)
    {
        var user = context.User;
        var body = await ReadSubmissionAsync(context.Request, cancellationToken);
        if (!body.IsSuccess)
        {
            return ErrorResults.Problem(body.Errors);
        }

        var key = context.Request.Headers["Idempotency-Key"].ToString();
        var result = await intake.SubmitAsync(new IntakeSubmission
        {
            Request = body.Value.Request,
            Documents = body.Value.Documents,
            Source = user.Officer() is null ? IntakeSource.Api : IntakeSource.Portal,
            Actor = RequestActors.Of(user),
            AgencyId = user.Agency(),
            OfficerId = user.Officer(),
            IdempotencyKey = key.Length == 0 ? null : key,
        }, cancellationToken);
        if (!result.IsSuccess)
        {
            return ErrorResults.Problem(result.Errors);
        }

        if (result.Value.Replayed)
        {
            context.Response.Headers["Idempotent-Replayed"] = "true";
        }

        var receipt = result.Value;
        // A new request is answered from what was just stored; a replayed one is read back.
        var view = receipt.Summary is { } summary
            ? RequestStatusView.From(summary, receipt.Missing, receipt.Documents, receipt.NotUploaded, [])
            : RequestStatusView.From((await queries.GetForAgencyAsync(receipt.RequestId, user.Agency()!, cancellationToken))!);
        return Results.Created($"/api/v1/requests/{receipt.RequestId}", view);
    }

    private static async Task<IResult> AddDocumentAsync(string id, HttpContext context, RequestWorkflow workflow, CancellationToken cancellationToken)
    {
        if (!context.Request.HasFormContentType)
        {
            return ErrorResults.Problem(Error.Invalid("request.document-missing", "Send multipart/form-data with one file part named 'document'.", "document"));
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile("document");
        if (file is null || form.Files.Count != 1)
        {
            return ErrorResults.Problem(Error.Invalid("request.document-missing", "Send exactly one file part named 'document'.", "document"));
        }

        var upload = await ToUploadAsync(file, cancellationToken);
        var result = await workflow.AddDocumentAsync(id, context.User.Agency()!, RequestActors.Of(context.User), upload, cancellationToken);
        return result.IsSuccess
            ? Results.Created($"/api/v1/requests/{id}/documents/{result.Value.Id}", DocumentView.From(result.Value))
            : ErrorResults.Problem(result.Errors);
    }

    private sealed record Submission(DataRequest Request, IReadOnlyList<UploadedDocument> Documents);

    private static async Task<Result<Submission>> ReadSubmissionAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        Result<string> json;
        var documents = new List<UploadedDocument>();
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                // The request part is bounded however it arrives: as a file part (checked below) or as a plain field.
                form = await request.ReadFormAsync(new FormOptions { ValueLengthLimit = RequestIntake.MaxRequestJsonBytes, MultipartBodyLengthLimit = MaxSubmissionBytes }, cancellationToken);
            }
            catch (InvalidDataException)
            {
                return TooLarge();
            }

            if (form.Files.GetFile("request") is { } part)
            {
                if (part.Length > RequestIntake.MaxRequestJsonBytes)
                {
                    return TooLarge();
                }

                await using var stream = part.OpenReadStream();
                json = await ReadJsonAsync(stream, cancellationToken);
            }
            else
            {
                json = form["request"].ToString();
                if (json.Value.Length > RequestIntake.MaxRequestJsonBytes)
                {
                    return TooLarge();
                }
            }

            foreach (var file in form.Files.Where(f => f.Name != "request"))
            {
                if (file.Name != "documents")
                {
                    return Error.Invalid("request.part-unknown", $"Unknown part '{file.Name}': send 'request' and 'documents'.", file.Name);
                }

                documents.Add(await ToUploadAsync(file, cancellationToken));
            }
        }
        else if (request.ContentType is { } type && type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            if (request.ContentLength > RequestIntake.MaxRequestJsonBytes)
            {
                return TooLarge();
            }

            json = await ReadJsonAsync(request.Body, cancellationToken);
        }
        else
        {
            return Error.UnsupportedMediaType(
                "request.content-type", "Send application/json, or multipart/form-data with parts 'request' and 'documents'.", "Content-Type");
        }

        if (!json.IsSuccess)
        {
            return Result<Submission>.Failure(json.Errors);
        }

        if (string.IsNullOrWhiteSpace(json.Value))
        {
            return Error.Invalid("request.missing", "The request is empty.", "request");
        }

        var parsed = RequestJson.ReadAgencySubmission(json.Value);
        return parsed.IsSuccess ? new Submission(parsed.Value, documents) : Result<Submission>.Failure(parsed.Errors);
    }

    /// <summary>
    /// Reads a JSON body up to the limit (a body without Content-Length is chunked and may be longer: stop as soon as it
    /// passes) and decodes it as strict UTF-8.
    /// </summary>
    private static async Task<Result<string>> ReadJsonAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > RequestIntake.MaxRequestJsonBytes)
            {
                return TooLarge();
            }
        }

        return RequestJson.DecodeUtf8(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    private static Error TooLarge() => Error.TooLarge(
        "request.too-large", $"The request JSON is larger than {RequestIntake.MaxRequestJsonBytes / 1024} KiB; send documents as files, not inside it.", "request");

    /// <summary>The uploaded files of a form, read into memory in order.</summary>
    internal static async Task<IReadOnlyList<UploadedDocument>> ToUploadsAsync(IEnumerable<IFormFile>? files, CancellationToken cancellationToken)
    {
        var uploads = new List<UploadedDocument>();
        foreach (var file in files ?? [])
        {
            uploads.Add(await ToUploadAsync(file, cancellationToken));
        }

        return uploads;
    }

    internal static async Task<UploadedDocument> ToUploadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var memory = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
        await file.CopyToAsync(memory, cancellationToken);
        // The name as sent: one with a path, "..", a control or a bidirectional character is refused by the document rules,
        // never silently renamed.
        return new UploadedDocument(file.FileName, file.ContentType ?? string.Empty, memory.ToArray());
    }

    private sealed class RequestSizeLimitMetadata(long limit) : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => limit;
    }
}

/// <summary>A request as its agency sees it.</summary>
public sealed record RequestStatusView(
    string Id, string? Reference, RequestStatus Status, RequestKind Kind, RequestChannel Channel, DateTimeOffset ReceivedAt,
    IReadOnlyList<string> Missing, IReadOnlyList<DocumentView> Documents, IReadOnlyList<string> DocumentsNotYetUploaded,
    IReadOnlyList<MessageView> Messages)
{
    public static RequestStatusView From(RequestDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return From(
            details.Summary, details.Missing, details.Documents, details.MissingDocuments.Select(d => d.Name ?? "(unnamed)").ToArray(),
            details.Messages);
    }

    public static RequestStatusView From(
        RequestSummary summary, IReadOnlyList<string> missing, IReadOnlyList<DocumentInfo> documents,
        IReadOnlyList<string> notUploaded, IReadOnlyList<Application.Requests.MessageView> messages)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new RequestStatusView(
            summary.Id, summary.Reference, summary.Status, summary.Kind, summary.Channel, summary.ReceivedAt, missing,
            documents.Select(DocumentView.From).ToArray(),
            notUploaded,
            messages.Where(m => m.VisibleToAgency).Select(MessageView.From).ToArray());
    }
}

/// <summary>One line of the agency's list of requests.</summary>
public sealed record RequestSummaryView(string Id, string? Reference, RequestStatus Status, RequestKind Kind, RequestChannel Channel, DateTimeOffset ReceivedAt)
{
    public static RequestSummaryView From(RequestSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new(summary.Id, summary.Reference, summary.Status, summary.Kind, summary.Channel, summary.ReceivedAt);
    }
}

/// <summary>A document of a request, without its content.</summary>
public sealed record DocumentView(string Id, string Name, string MediaType, long SizeBytes, string Sha256, DateTimeOffset UploadedAt)
{
    public static DocumentView From(DocumentInfo document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new(document.Id, document.Name, document.MediaType, document.SizeBytes, document.Sha256, document.UploadedAt);
    }
}

/// <summary>A message the agency may see.</summary>
public sealed record MessageView(string Id, RequestMessageKind Kind, bool FromAgency, string Body, DateTimeOffset SentAt)
{
    public static MessageView From(Application.Requests.MessageView message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new(message.Id, message.Kind, message.FromAgency, message.Body, message.SentAt);
    }
}

public sealed record MessageInput(string? Body);

public sealed record WithdrawInput(string? Reason);
