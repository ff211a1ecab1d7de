using System.Globalization;
using Custos.Application.Review;
using Custos.Domain.Common;
using Custos.Domain.Decisions;
using Custos.Domain.Requests;

namespace Custos.Web.Pages.Requests;

/// <summary>
/// The console's vote form as fields: for each item a radio <c>vote-{target}-{category}</c> (<c>produce</c>,
/// <c>withhold</c>, or empty for no vote), optional <c>vote-from-{target}-{category}</c> and
/// <c>vote-to-{target}-{category}</c> days, one <c>rationale</c> and an optional <c>justification</c>. Reads them into
/// the use case's input; what the form cannot carry (a day that is not a date, an unknown category) is an error naming
/// the field, and everything else is left to the decision rules.
/// </summary>
public static class VoteForm
{
    /// <summary>The radio's name for an item.</summary>
    public static string Choice(int target, DataCategory category) => $"vote-{target}-{KebabCase.Format(category)}";

    /// <summary>The name of the first day's field for an item.</summary>
    public static string From(int target, DataCategory category) => $"vote-from-{target}-{KebabCase.Format(category)}";

    /// <summary>The name of the last day's field for an item.</summary>
    public static string To(int target, DataCategory category) => $"vote-to-{target}-{KebabCase.Format(category)}";

    /// <summary>Reads the posted fields into a vote (items in the form's order; an item left at "no vote" is not in it).</summary>
    public static Result<VoteInput> Read(IEnumerable<KeyValuePair<string, string?>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var form = fields.GroupBy(f => f.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value?.Trim(), StringComparer.Ordinal);
        var items = new List<ItemChoice>();
        var errors = new List<Error>();
        foreach (var (name, value) in form)
        {
            if (!TryItem(name, out var target, out var categoryText))
            {
                continue;
            }

            if (!KebabCase.TryParse<DataCategory>(categoryText, out var category))
            {
                errors.Add(Error.Invalid("vote.category-invalid", $"{categoryText} is not a data category (one of {KebabCase.AllowedValues<DataCategory>()}).", name));
                continue;
            }

            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            var item = new ItemKey(target, category);
            if (value is not ("produce" or "withhold"))
            {
                errors.Add(Error.Invalid("vote.choice-invalid", $"For {item}, choose produce, withhold or no vote.", name));
                continue;
            }

            var from = Day(form, From(target, category), $"The first day of {item}", errors);
            var to = Day(form, To(target, category), $"The last day of {item}", errors);
            items.Add(new ItemChoice(target, category, value == "produce", from, to));
        }

        if (errors.Count > 0)
        {
            return Result<VoteInput>.Failure(errors);
        }

        return new VoteInput(items, form.GetValueOrDefault("rationale"), form.GetValueOrDefault("justification") is { Length: > 0 } j ? j : null);
    }

    private static bool TryItem(string name, out int target, out string category)
    {
        target = 0;
        category = string.Empty;
        if (!name.StartsWith("vote-", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = name["vote-".Length..];
        var dash = rest.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || !int.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out target))
        {
            return false;
        }

        category = rest[(dash + 1)..];
        return true;
    }

    private static DateOnly? Day(Dictionary<string, string?> form, string field, string what, List<Error> errors)
    {
        if (form.GetValueOrDefault(field) is not { Length: > 0 } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add(Error.Invalid("vote.date-invalid", $"{what} must be a date (yyyy-MM-dd); got \"{text}\".", field));
        return null;
    }
}
