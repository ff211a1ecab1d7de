using Custos.Domain.Common;

namespace Custos.Application.Policy;

/// <summary>The expected failures of reading a policy file. Each message names the key and the line.</summary>
public static class PolicyErrors
{
    public static Error Syntax(string message) => Error.Invalid("policy.syntax", message);

    public static Error UnknownKey(string path, string key, int line, IEnumerable<string> allowed) =>
        Error.Invalid("policy.unknown-key", $"line {line}: unknown key '{key}' in {path} (allowed: {string.Join(", ", allowed)}).", Join(path, key));

    public static Error Missing(string path, string key, int line) =>
        Error.Invalid("policy.missing-key", $"line {line}: {path} needs '{key}'.", Join(path, key));

    public static Error BadValue(string path, int line, string message) =>
        Error.Invalid("policy.invalid-value", $"line {line}: {path}: {message}", path);

    public static Error BadReference(string path, int line, string message) =>
        Error.Invalid("policy.unknown-reference", $"line {line}: {path}: {message}", path);

    public static Error Duplicate(string path, int line, string what) =>
        Error.Invalid("policy.duplicate", $"line {line}: {path}: duplicate {what}.", path);

    public static Error NotFound(string path) => Error.NotFound("policy.file-not-found", $"The policy file '{path}' does not exist.");

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;
}
