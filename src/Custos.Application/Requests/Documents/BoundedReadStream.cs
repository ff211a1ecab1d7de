namespace Custos.Application.Requests.Documents;

/// <summary>
/// Reads at most <c>limit</c> bytes from a stream and then stops, as if the stream had ended; <see cref="Exceeded"/> tells
/// whether the stream had more. Used to unpack an archive entry no further than the size it declares.
/// </summary>
internal sealed class BoundedReadStream(Stream inner, long limit) : Stream
{
    public long BytesRead { get; private set; }

    /// <summary>True once the inner stream was found to hold more than the limit.</summary>
    public bool Exceeded { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(Span<byte> buffer)
    {
        if (Exceeded || buffer.IsEmpty)
        {
            return 0;
        }

        var remaining = limit - BytesRead;
        if (remaining <= 0)
        {
            Span<byte> probe = stackalloc byte[1];
            Exceeded = inner.Read(probe) > 0;
            return 0;
        }

        var read = inner.Read(buffer[..(int)Math.Min(buffer.Length, remaining)]);
        BytesRead += read;
        return read;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
