using System.Globalization;
using System.Text;
using Custos.Domain.Common;
using Custos.Domain.Policy;
using Custos.Domain.Scrutiny;

namespace Custos.Application.Scrutiny;

/// <summary>The scrutiny report for people: recommendation first, then each finding with its rule and source.</summary>
public static class ScrutinyText
{
    public static string Format(ScrutinyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.Append(c, $"Recommendation: {KebabCase.Format(result.Recommendation).ToUpperInvariant()}").AppendLine();
        text.Append(c, $"Risk tier: {KebabCase.Format(result.RiskTier)}").AppendLine();
        text.Append(c, $"Policy: {result.PolicyVersion}, as of {result.AsOf:yyyy-MM-dd}").AppendLine();
        text.Append(c, $"Deadline: {(result.Deadline is { } d ? d.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", c) : "none (the clock starts on a complete, written request)")}").AppendLine();
        text.Append(c, $"Approvals needed: {string.Join(", ", result.RequiredApprovals)}").AppendLine();
        text.Append(c, $"Data the process supports: {(result.SupportedDataCategories.Count == 0 ? "none" : string.Join(", ", result.SupportedDataCategories.Select(x => KebabCase.Format(x))))}").AppendLine();
        var notice = result.Notification;
        text.Append(c, $"Customer notice: {(notice.Allowed ? "allowed" : "not now")}{(notice.NotBefore is { } nb ? $" (from {nb:yyyy-MM-dd})" : "")}: {notice.Reason}").AppendLine();
        text.AppendLine();
        text.Append(c, $"Findings ({result.Findings.Count}):").AppendLine();
        foreach (var finding in result.Findings)
        {
            var effect = finding.Recommends is { } r ? " → " + KebabCase.Format(r) : "";
            text.Append(c, $"  [{Label(finding.Severity)}] {finding.Code}{effect}").AppendLine();
            text.Append(c, $"      {finding.Message}").AppendLine();
            text.Append(c, $"      rule {finding.Rule}; source: {finding.Source}").AppendLine();
        }

        return text.ToString();
    }

    private static string Label(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Blocking => "BLOCKING",
        FindingSeverity.Warning => "warning",
        _ => "info",
    };
}
