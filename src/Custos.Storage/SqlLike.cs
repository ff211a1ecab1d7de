namespace Custos.Storage;

/// <summary>
/// Literal text inside a SQL <c>LIKE</c> pattern, the same on SQLite and PostgreSQL: <c>%</c>, <c>_</c> and the escape
/// character itself are escaped with <see cref="EscapeCharacter"/>, which the query must name
/// (<c>EF.Functions.Like(column, pattern, SqlLike.EscapeCharacter)</c>).
/// </summary>
public static class SqlLike
{
    public const string EscapeCharacter = "\\";

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
    }

    /// <summary>A pattern matching any text that contains <paramref name="text"/> literally.</summary>
    public static string Containing(string text) => "%" + Escape(text) + "%";
}
