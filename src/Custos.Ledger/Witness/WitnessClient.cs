using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Custos.Ledger.Notes;

namespace Custos.Ledger.Witness;

/// <summary>
/// Calls a C2SP tlog-witness <c>add-checkpoint</c> endpoint. Answers are typed values: cosignature lines, a size
/// conflict, a refusal, or unreachable. Only the caller's own cancellation throws.
/// </summary>
public sealed class WitnessClient
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly HttpClient _http;

    /// <summary>Creates a client over <paramref name="http"/> (owned by the caller; its timeout applies).</summary>
    /// <param name="http">The HTTP client.</param>
    public WitnessClient(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        _http = http;
    }

    /// <summary>Asks the witness at <paramref name="witness"/> to cosign <paramref name="signedNote"/>.</summary>
    /// <param name="witness">The witness's submission prefix; <c>add-checkpoint</c> is appended to it.</param>
    /// <param name="oldSize">The size the witness is believed to have cosigned last (0 when unknown).</param>
    /// <param name="proof">The consistency proof from <paramref name="oldSize"/> to the checkpoint (empty from 0).</param>
    /// <param name="signedNote">The signed checkpoint note.</param>
    /// <param name="cancellationToken">Cancels the call; cancellation throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The typed answer.</returns>
    public async Task<WitnessResponse> AddCheckpointAsync(Uri witness, ulong oldSize, IReadOnlyList<byte[]> proof, string signedNote, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(witness);
        var note = SignedNote.Parse(signedNote ?? throw new ArgumentNullException(nameof(signedNote)));
        if (!note.IsSuccess)
        {
            throw new ArgumentException($"The checkpoint to send is not a signed note: {note.Error.Message}", nameof(signedNote));
        }

        using var content = new StringContent(AddCheckpointRequest.Format(oldSize, proof, signedNote), new UTF8Encoding(false), "text/plain");
        try
        {
            using var response = await _http.PostAsync(AddCheckpointUri(witness), content, cancellationToken).ConfigureAwait(false);
            var body = await ReadBodyAsync(response.Content, cancellationToken).ConfigureAwait(false);
            return Interpret(response.StatusCode, response.Content.Headers.ContentType, body, note.Value.Text);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            return WitnessResponse.Unreachable(new LedgerError("witness.client.unreachable", $"The witness at {witness} is unreachable: {exception.Message}"));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return WitnessResponse.Unreachable(new LedgerError("witness.client.timeout", $"The witness at {witness} did not answer in time."));
        }
    }

    /// <summary>The <c>add-checkpoint</c> URL under a submission prefix, with or without a trailing slash.</summary>
    /// <param name="witness">The submission prefix.</param>
    /// <returns>The URL.</returns>
    public static Uri AddCheckpointUri(Uri witness)
    {
        ArgumentNullException.ThrowIfNull(witness);
        var prefix = witness.AbsoluteUri.EndsWith('/') ? witness.AbsoluteUri : witness.AbsoluteUri + "/";
        return new Uri(new Uri(prefix), WitnessProtocol.AddCheckpointPath);
    }

    private static WitnessResponse Interpret(HttpStatusCode status, MediaTypeHeaderValue? contentType, string? body, string checkpointText)
    {
        var code = (int)status;
        if (body is null)
        {
            return WitnessResponse.Refused(code, new LedgerError("witness.client.response-malformed", $"The witness answered {code} with a body that is too large or not UTF-8."));
        }

        if (status == HttpStatusCode.OK)
        {
            var lines = WitnessProtocol.ParseCosignatures(checkpointText, body);
            return lines.IsSuccess ? WitnessResponse.Cosigned(lines.Value) : WitnessResponse.Refused(code, lines.Error);
        }

        if (status == HttpStatusCode.Conflict
            && string.Equals(contentType?.MediaType, WitnessProtocol.SizeContentType, StringComparison.OrdinalIgnoreCase))
        {
            var size = WitnessProtocol.ParseSize(body);
            return size.IsSuccess ? WitnessResponse.Conflict(size.Value) : WitnessResponse.Refused(code, size.Error);
        }

        var reason = body.Length > 500 ? body[..500] : body;
        return WitnessResponse.Refused(code, new LedgerError(RefusalCode(status), $"The witness answered {code}: {reason.TrimEnd()}"));
    }

    private static string RefusalCode(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadRequest => "witness.client.bad-request",
        HttpStatusCode.Forbidden => "witness.client.forbidden",
        HttpStatusCode.NotFound => "witness.client.unknown-log",
        HttpStatusCode.Conflict => "witness.client.split-view",
        HttpStatusCode.UnprocessableEntity => "witness.client.proof-rejected",
        _ => "witness.client.refused",
    };

    private static async Task<string?> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > WitnessProtocol.MaxBodyBytes)
        {
            return null;
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[WitnessProtocol.MaxBodyBytes + 1];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
            }

            if (length > WitnessProtocol.MaxBodyBytes)
            {
                return null;
            }

            try
            {
                return StrictUtf8.GetString(buffer, 0, length);
            }
            catch (DecoderFallbackException)
            {
                return null;
            }
        }
    }
}
