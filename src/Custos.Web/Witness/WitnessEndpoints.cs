using Custos.Ledger.Witness;

namespace Custos.Web.Witness;

/// <summary>
/// The HTTP face of a <see cref="CheckpointWitness"/>: C2SP tlog-witness <c>POST /add-checkpoint</c>, and <c>GET /</c>
/// giving the witness's verifier key and the origins it witnesses. No authentication: the checkpoint signature is the
/// authorisation, as the specification intends.
/// </summary>
public static class WitnessEndpoints
{
    private const string PlainText = "text/plain; charset=utf-8";

    public static IEndpointRouteBuilder MapWitness(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/" + WitnessProtocol.AddCheckpointPath, AddCheckpointAsync).AllowAnonymous().WithName("WitnessAddCheckpoint");
        app.MapGet("/", (CheckpointWitness witness) => Results.Text(
            $"{witness.VerifierKey}\n{string.Concat(witness.Origins.Order(StringComparer.Ordinal).Select(o => $"witnesses {o}\n"))}", PlainText))
            .AllowAnonymous().WithName("WitnessKey");
        return app;
    }

    private static async Task<IResult> AddCheckpointAsync(HttpRequest request, CheckpointWitness witness, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger("Custos.Witness");
        var body = await ReadBodyAsync(request, cancellationToken);
        if (body is null)
        {
            WitnessLog.Refused(logger, nameof(AddCheckpointStatus.BadRequest), "witness.request.too-large");
            return Results.Text($"The body is larger than {WitnessProtocol.MaxBodyBytes} bytes.\n", PlainText, statusCode: StatusCodes.Status400BadRequest);
        }

        var result = await witness.AddCheckpointAsync(body, cancellationToken);
        var status = (int)result.HttpStatus;
        if (result.IsCosigned)
        {
            var parsed = AddCheckpointRequest.Parse(body).Value;
            WitnessLog.Cosigned(logger, parsed.Checkpoint.Origin, parsed.Checkpoint.Size, parsed.OldSize);
            return Results.Text(WitnessProtocol.FormatCosignatures(result.Cosignatures), PlainText, statusCode: status);
        }

        WitnessLog.Refused(logger, result.Status.ToString(), result.Error!.Code);
        return result.KnownSize is { } size
            ? Results.Text(WitnessProtocol.FormatSize(size), WitnessProtocol.SizeContentType, statusCode: status)
            : Results.Text($"{result.Error.Code}: {result.Error.Message}\n", PlainText, statusCode: status);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > WitnessProtocol.MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > WitnessProtocol.MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
