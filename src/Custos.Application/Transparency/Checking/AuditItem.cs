namespace Custos.Application.Transparency.Checking;

/// <summary>One thing an audit rebuild checked: an index revision or a published report, where it is in the log, and the verdict.</summary>
/// <param name="Kind"><c>index.revision</c> or <c>report.published</c>.</param>
/// <param name="LeafIndex">The entry's position in the log.</param>
/// <param name="Verdict">Whether it agrees with what the log gives.</param>
/// <param name="Message">What was compared, or what differs.</param>
public sealed record AuditItem(string Kind, ulong LeafIndex, AuditVerdict Verdict, string Message);

/// <summary>The verdict on one <see cref="AuditItem"/>.</summary>
public enum AuditVerdict
{
    /// <summary>Recomputed from the log and equal to what was published.</summary>
    Agrees = 1,

    /// <summary>Recomputed and different, or not fetchable, or not well formed.</summary>
    Differs = 2,

    /// <summary>Written before its figures were public (a version-1 entry): nothing to compare with.</summary>
    Unchecked = 3,
}
