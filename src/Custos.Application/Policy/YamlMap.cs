using System.Globalization;
using Custos.Domain.Common;
using YamlDotNet.RepresentationModel;

namespace Custos.Application.Policy;

/// <summary>
/// Strict reading of one YAML mapping: every key read is remembered, and <see cref="Done"/> reports any key that was
/// not, so a misspelt key is an error naming it and its line rather than a silently ignored setting.
/// </summary>
internal sealed class YamlMap
{
    private static readonly YamlMappingNode s_empty = new();
    private readonly YamlMappingNode _node;
    private readonly PolicyReadState _state;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public YamlMap(YamlNode node, string path, PolicyReadState state)
    {
        Path = path;
        _state = state;
        state.Lines[path] = Line(node);
        if (node is YamlMappingNode mapping)
        {
            _node = mapping;
        }
        else
        {
            _node = s_empty;
            state.Errors.Add(PolicyErrors.BadValue(path, Line(node), "expected a mapping of keys to values."));
        }
    }

    public string Path { get; }

    public List<Error> Errors => _state.Errors;

    public PolicyReadState State => _state;

    public static int Line(YamlNode node) => checked((int)node.Start.Line);

    public int Line() => Line(_node);

    public string Child(string key) => Path.Length == 0 ? key : Path + "." + key;

    /// <summary>The keys and values, all marked as read (for mappings whose keys are data: countries, ids).</summary>
    public IEnumerable<(string Key, YamlNode Value, int Line)> Entries()
    {
        foreach (var (key, value) in _node.Children)
        {
            var text = ((YamlScalarNode)key).Value ?? "";
            _read.Add(text);
            yield return (text, value, Line(key));
        }
    }

    public YamlNode? Node(string key, bool required)
    {
        _read.Add(key);
        if (_node.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            return value;
        }

        if (required)
        {
            _state.Errors.Add(PolicyErrors.Missing(Path, key, Line()));
        }

        return null;
    }

    public string? String(string key, bool required = true)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { Length: > 0 } text })
        {
            return text;
        }

        _state.Errors.Add(PolicyErrors.BadValue(Child(key), Line(node), "expected a non-empty text."));
        return null;
    }

    public int? Int(string key, bool required = false) => Number(key, required, NumberStyles.None, "a whole number");

    /// <summary>A whole number that may be negative (weights that count against).</summary>
    public int? SignedInt(string key, bool required = false) => Number(key, required, NumberStyles.AllowLeadingSign, "a whole number (a sign allowed)");

    private int? Number(string key, bool required, NumberStyles styles, string what)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, styles, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _state.Errors.Add(PolicyErrors.BadValue(Child(key), Line(Node(key, false)!), $"'{text}' is not {what}."));
        return null;
    }

    public bool? Bool(string key, bool required = false)
    {
        var text = String(key, required);
        return text switch
        {
            null => null,
            "true" => true,
            "false" => false,
            _ => Bad<bool?>(key, $"'{text}' is not true or false."),
        };
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : Bad<DateOnly?>(key, $"'{text}' is not a date (yyyy-MM-dd, a real day).");
    }

    public T? Enum<T>(string key, bool required = true)
        where T : struct, System.Enum
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        return KebabCase.TryParse<T>(text, out var value) ? value : Bad<T?>(key, $"'{text}' is not one of: {Allowed<T>()}.");
    }

    public List<string> Strings(string key, bool required = false)
    {
        var list = new List<string>();
        var node = Node(key, required);
        if (node is null)
        {
            return list;
        }

        if (node is not YamlSequenceNode sequence)
        {
            _state.Errors.Add(PolicyErrors.BadValue(Child(key), Line(node), "expected a list."));
            return list;
        }

        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } text })
            {
                list.Add(text);
            }
            else
            {
                _state.Errors.Add(PolicyErrors.BadValue(Child(key), Line(item), "expected a list of texts."));
            }
        }

        return list;
    }

    public List<T> Enums<T>(string key, bool required = false)
        where T : struct, System.Enum
    {
        var list = new List<T>();
        foreach (var text in Strings(key, required))
        {
            if (KebabCase.TryParse<T>(text, out var value))
            {
                list.Add(value);
            }
            else
            {
                _state.Errors.Add(PolicyErrors.BadValue(Child(key), Line(Node(key, false)!), $"'{text}' is not one of: {Allowed<T>()}."));
            }
        }

        return list;
    }

    public IEnumerable<YamlMap> Maps(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null)
        {
            yield break;
        }

        if (node is not YamlSequenceNode sequence)
        {
            _state.Errors.Add(PolicyErrors.BadValue(Child(key), Line(node), "expected a list."));
            yield break;
        }

        var i = 0;
        foreach (var item in sequence)
        {
            yield return new YamlMap(item, string.Create(CultureInfo.InvariantCulture, $"{Child(key)}[{i++}]"), _state);
        }
    }

    public YamlMap? Map(string key, bool required = false) => Node(key, required) is { } node ? new YamlMap(node, Child(key), _state) : null;

    /// <summary>Reports every key of the mapping that was never read.</summary>
    public void Done()
    {
        foreach (var (key, _) in _node.Children)
        {
            var text = ((YamlScalarNode)key).Value ?? "";
            if (!_read.Contains(text))
            {
                _state.Errors.Add(PolicyErrors.UnknownKey(Path.Length == 0 ? "the policy" : Path, text, Line(key), _read.Order(StringComparer.Ordinal)));
            }
        }
    }

    private static string Allowed<T>()
        where T : struct, System.Enum => string.Join(", ", System.Enum.GetValues<T>().Select(v => KebabCase.Format(v)));

    private T Bad<T>(string key, string message)
    {
        _state.Errors.Add(PolicyErrors.BadValue(Child(key), Line(Node(key, false)!), message));
        return default!;
    }
}
