namespace Custos.Web.Witness;

/// <summary>Source-generated log messages of the witness host: origins, sizes and outcomes, never request bodies.</summary>
internal static partial class WitnessLog
{
    [LoggerMessage(101, LogLevel.Information, "Cosigned {Origin} at size {Size} (old size {OldSize})")]
    public static partial void Cosigned(ILogger logger, string origin, ulong size, ulong oldSize);

    [LoggerMessage(102, LogLevel.Warning, "Refused a checkpoint: {Status} {Code}")]
    public static partial void Refused(ILogger logger, string status, string code);

    [LoggerMessage(103, LogLevel.Error, "Witness request failed, correlation id {CorrelationId}")]
    public static partial void Failed(ILogger logger, Exception exception, string correlationId);
}
