using Custos.Domain.Common;

namespace Custos.Application.Policy;

/// <summary>What reading one policy file collects: the errors, and the line of each mapping by path for later checks.</summary>
internal sealed class PolicyReadState
{
    public List<Error> Errors { get; } = [];

    public Dictionary<string, int> Lines { get; } = new(StringComparer.Ordinal);

    /// <summary>The line of <paramref name="path"/>, or of its nearest recorded parent.</summary>
    public int LineOf(string path)
    {
        for (var p = path; p.Length > 0;)
        {
            if (Lines.TryGetValue(p, out var line))
            {
                return line;
            }

            var cut = Math.Max(p.LastIndexOf('.'), p.LastIndexOf('['));
            p = cut > 0 ? p[..cut] : "";
        }

        return 1;
    }
}
