using Custos.Domain.Common;

namespace Custos.Application.Policy;

/// <summary>
/// The expected failures of reading a policy file (each message names the key and the line) and of installing one.
/// </summary>
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

    public static Error Empty() => Error.Invalid("policy.empty", "The policy file is empty.", "file");

    public static Error TooLarge(int maxCharacters) =>
        Error.Invalid("policy.too-large", $"The policy file is larger than {maxCharacters} characters.", "file");

    public static Error NotUtf8() => Error.Invalid("policy.not-utf8", "The policy file is not UTF-8 text.", "file");

    public static Error VersionExists(string version, string installedSha256) => Error.Conflict(
        "policy.version-exists",
        $"Version '{version}' is already installed with different content (sha256 {installedSha256}). Versions are never edited in place: give the changed file a new version.");

    public static Error VersionNotFound(string version) =>
        Error.NotFound("policy.version-not-found", $"No policy version '{version}' is installed.");

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;
}
