using MimeKit;

namespace Custos.Application.Notices;

/// <summary>
/// Writes each notice as an RFC 5322 message (<c>NOTICE-ID.eml</c>, CRLF lines, 7-bit) into the outbox folder, readable
/// by the data folder's owner only, for the operator to send by other means. The file appears whole or not at all
/// (written beside, then renamed), and writing the same notice again replaces it with the same message.
/// </summary>
public sealed class EmlFileNoticeTransport(NoticeOptions options) : INoticeTransport
{
    private readonly string _directory = options?.OutboxDirectory ?? throw new ArgumentException("No outbox folder is configured.", nameof(options));

    public string Via => "eml";

    /// <summary>The file a notice is written to.</summary>
    public string PathOf(string noticeId) => Path.Combine(_directory, noticeId + ".eml");

    public async Task SendAsync(MimeMessage message, string noticeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!Directory.Exists(_directory))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(_directory);
            }
            else
            {
                Directory.CreateDirectory(_directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        var path = PathOf(noticeId);
        var partial = path + ".partial";
        var file = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        message.Prepare(EncodingConstraint.SevenBit);
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        await using (var stream = new FileStream(partial, file))
        {
            await message.WriteToAsync(format, stream, cancellationToken);
            await stream.FlushAsync(cancellationToken);
            stream.Flush(flushToDisk: true);
        }

        File.Move(partial, path, overwrite: true);
    }
}
