using Custos.Ledger.Notes;

namespace Custos.Ledger.Witness;

/// <summary>A witness a log asks for cosignatures: a display name, its submission prefix and its cosignature key.</summary>
/// <param name="Name">A short name for messages and configuration (unique among the log's witnesses).</param>
/// <param name="Url">The witness's submission prefix (absolute http or https URL).</param>
/// <param name="Key">The witness's cosignature/v1 (type 0x04) verifier key.</param>
public sealed record WitnessEndpoint(string Name, Uri Url, NoteVerifierKey Key)
{
    /// <summary>
    /// Parses <c>NAME=URL=VERIFIERKEY</c>: the name ends at the first '=', the verifier key starts after the last '='
    /// (a verifier key holds no '='), and the URL is what lies between.
    /// </summary>
    /// <param name="text">For example <c>w1=https://witness.example/=witness.example/w1+6b1c2e3f+BJ…</c>.</param>
    /// <returns>The witness or an error naming what was wrong.</returns>
    public static LedgerResult<WitnessEndpoint> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.IndexOf('=', StringComparison.Ordinal);
        var last = text.LastIndexOf('=');
        if (first <= 0 || last <= first + 1 || last == text.Length - 1)
        {
            return Fail($"'{text}' is not NAME=URL=VERIFIERKEY");
        }

        var name = text[..first];
        if (!Uri.TryCreate(text[(first + 1)..last], UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return Fail($"the URL of witness '{name}' is not an absolute http or https URL");
        }

        var key = NoteVerifierKey.Parse(text[(last + 1)..]);
        if (!key.IsSuccess)
        {
            return Fail($"the verifier key of witness '{name}' is malformed: {key.Error.Message}");
        }

        var endpoint = new WitnessEndpoint(name, url, key.Value);
        var problem = endpoint.Validate();
        return problem is null ? endpoint : problem;
    }

    /// <summary>Checks the endpoint: a non-empty name, an absolute http(s) URL, a cosignature/v1 key.</summary>
    /// <returns>The first problem, or <see langword="null"/>.</returns>
    public LedgerError? Validate()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            return Fail("a witness needs a name");
        }

        if (Url is null || !Url.IsAbsoluteUri || (Url.Scheme != Uri.UriSchemeHttp && Url.Scheme != Uri.UriSchemeHttps))
        {
            return Fail($"the URL of witness '{Name}' is not an absolute http or https URL");
        }

        if (Key is null || Key.Algorithm != NoteKeyAlgorithm.CosignatureV1)
        {
            return Fail($"the key of witness '{Name}' is not a cosignature/v1 (type 0x04) verifier key");
        }

        return null;
    }

    private static LedgerError Fail(string reason) => new("witness.config.invalid", $"Invalid witness: {reason}.");
}
