using System.Text;
using Custos.Domain.Common;

namespace Custos.Application.Policy;

/// <summary>Reads an uploaded or local policy file as strict UTF-8, refusing what is too large or not text.</summary>
public static class PolicyFiles
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The largest file accepted, in bytes (UTF-8 takes at most four per character).</summary>
    public const long MaxBytes = PolicyStore.MaxContentLength * 4L;

    public static async Task<Result<string>> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return PolicyErrors.TooLarge(PolicyStore.MaxContentLength);
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            return s_strictUtf8.GetString(buffer.GetBuffer(), 0, checked((int)buffer.Length));
        }
        catch (DecoderFallbackException)
        {
            return PolicyErrors.NotUtf8();
        }
    }

    /// <summary>Reads a local file; a missing file is <c>policy.file-not-found</c>.</summary>
    public static async Task<Result<string>> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return PolicyErrors.NotFound(path);
        }

        await using var stream = File.OpenRead(path);
        return await ReadAsync(stream, cancellationToken);
    }
}
