namespace Custos.Web.Hosting;

/// <summary>How the host writes its log to the console (<c>--log-format</c>, <c>CUSTOS_LOG_FORMAT</c>).</summary>
public enum LogFormat
{
    /// <summary>Lines for people (the .NET default).</summary>
    Text = 1,
    /// <summary>One JSON object per line — time, level, category, event id, message and its named values — for a log collector.</summary>
    Json = 2,
}
