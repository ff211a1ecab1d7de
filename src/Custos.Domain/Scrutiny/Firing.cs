using Custos.Domain.Policy;

namespace Custos.Domain.Scrutiny;

/// <summary>What a rule that fired contributes besides its finding: the specifics for its message and any effect on notice.</summary>
internal sealed class Firing
{
    public static Firing Plain { get; } = new();

    public List<KeyValuePair<string, string>> Values { get; } = [];

    /// <summary>Replaces the rule's recommendation for this firing (a matrix rule that supports nothing).</summary>
    public Recommendation? Recommendation { get; init; }

    /// <summary>The rule prohibits notice now.</summary>
    public bool BlocksNotice { get; init; }

    /// <summary>When a notice prohibition lapses by itself; null when it does not.</summary>
    public DateOnly? NoticeNotBefore { get; init; }

    /// <summary>The weighed evidence the finding rests on (the predominance assessment); empty for other findings.</summary>
    public IReadOnlyList<WeighedEvidence> Evidence { get; init; } = [];

    public static Firing With(string key, string value) => new Firing().And(key, value);

    public Firing And(string key, string value)
    {
        Values.Add(new(key, value));
        return this;
    }

    public string Fill(string template)
    {
        if (Values.Count == 0 || !template.Contains('{', StringComparison.Ordinal))
        {
            return template;
        }

        var text = template;
        foreach (var (key, value) in Values)
        {
            text = text.Replace("{" + key + "}", value, StringComparison.Ordinal);
        }

        return text;
    }
}
