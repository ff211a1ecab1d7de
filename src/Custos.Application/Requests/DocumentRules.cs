using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Custos.Application.Requests.Documents;
using Custos.Domain.Common;
using Custos.Domain.Intake;
using Custos.Domain.Requests;

namespace Custos.Application.Requests;

/// <summary>A document that passed the checks, with its hash.</summary>
public sealed record CheckedDocument(string Name, string MediaType, byte[] Content, string Sha256);

/// <summary>Checks uploaded legal documents: name, type, size, content, and the SHA-256 the request declares for them.</summary>
public static class DocumentRules
{
    private const int MaxNameLength = 200;

    /// <summary>Checks every upload against the limits and against the hashes declared in the request; collects every error.</summary>
    public static (IReadOnlyList<CheckedDocument> Documents, IReadOnlyList<Error> Errors) Check(
        IReadOnlyList<UploadedDocument> uploads, IReadOnlyList<LegalDocument> declared, IntakeOptions options)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        ArgumentNullException.ThrowIfNull(declared);
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<Error>();
        for (var i = 0; i < declared.Count; i++)
        {
            if (declared[i].Sha256 is { } hash && !IsSha256(hash))
            {
                errors.Add(RequestErrors.HashInvalid(string.Create(CultureInfo.InvariantCulture, $"legalProcess.documents[{i}].sha256")));
            }
        }

        if (uploads.Count > options.MaxDocuments)
        {
            errors.Add(RequestErrors.TooManyDocuments(options.MaxDocuments));
            return ([], errors);
        }

        var documents = new List<CheckedDocument>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < uploads.Count; i++)
        {
            var upload = uploads[i];
            var field = string.Create(CultureInfo.InvariantCulture, $"documents[{i}]");
            var error = CheckOne(upload, field, options);
            if (error is not null)
            {
                errors.Add(error);
                continue;
            }

            if (!names.Add(upload.Name))
            {
                errors.Add(RequestErrors.DuplicateDocument(field, upload.Name));
                continue;
            }

            var sha = Convert.ToHexStringLower(SHA256.HashData(upload.Content));
            var declaredIndex = IndexOf(declared, upload.Name);
            if (declaredIndex >= 0 && declared[declaredIndex].Sha256 is { } expected && IsSha256(expected) &&
                !string.Equals(expected, sha, StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(RequestErrors.HashMismatch(
                    string.Create(CultureInfo.InvariantCulture, $"legalProcess.documents[{declaredIndex}].sha256"), upload.Name, sha));
                continue;
            }

            documents.Add(new CheckedDocument(upload.Name, NormaliseMediaType(upload.MediaType), upload.Content, sha));
        }

        return (documents, errors);
    }

    /// <summary>The declared documents with every upload in it: a declared one gets its hash, an undeclared one is added.</summary>
    public static IReadOnlyList<LegalDocument> Merge(IReadOnlyList<LegalDocument> declared, IReadOnlyList<CheckedDocument> uploaded)
    {
        ArgumentNullException.ThrowIfNull(declared);
        ArgumentNullException.ThrowIfNull(uploaded);
        var merged = declared.Select(d => d with { Sha256 = d.Sha256?.ToLowerInvariant() }).ToList();
        foreach (var document in uploaded)
        {
            var index = IndexOf(merged, document.Name);
            if (index >= 0)
            {
                merged[index] = merged[index] with { Sha256 = document.Sha256 };
            }
            else
            {
                merged.Add(new LegalDocument { Name = document.Name, Sha256 = document.Sha256 });
            }
        }

        return merged;
    }

    /// <summary>The documents a request declares that are not among <paramref name="uploadedNames"/> (names compare without case).</summary>
    public static IReadOnlyList<LegalDocument> NotUploaded(IReadOnlyList<LegalDocument> declared, IEnumerable<string> uploadedNames)
    {
        ArgumentNullException.ThrowIfNull(declared);
        var uploaded = uploadedNames.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return declared.Where(d => d.Name is null || !uploaded.Contains(d.Name)).ToArray();
    }

    public static bool IsSha256(string value) =>
        value is { Length: 64 } && value.All(char.IsAsciiHexDigit);

    /// <summary>Checks one upload on its own (name, type, size, content).</summary>
    public static Error? CheckOne(UploadedDocument upload, string field, IntakeOptions options)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(options);
        if (!IsValidName(upload.Name, out var problem))
        {
            return RequestErrors.DocumentNameInvalid(field, problem);
        }

        // A type is accepted only if it is configured and Custos can check that the content is of that type.
        var mediaType = NormaliseMediaType(upload.MediaType);
        var declaredAs = ContentSniffers.Describe(mediaType);
        if (declaredAs is null || !options.AcceptedMediaTypes.Contains(mediaType, StringComparer.Ordinal))
        {
            return RequestErrors.DocumentTypeRefused(field, upload.Name, mediaType.Length == 0 ? "of no stated type" : mediaType,
                options.AcceptedMediaTypes.Where(t => ContentSniffers.Describe(t) is not null));
        }

        if (upload.Content.Length == 0)
        {
            return RequestErrors.DocumentEmpty(field, upload.Name);
        }

        if (upload.Content.LongLength > options.MaxDocumentBytes)
        {
            return RequestErrors.DocumentTooLarge(field, upload.Name, options.MaxDocumentBytes);
        }

        return ContentSniffers.Check(mediaType, upload.Content, options) switch
        {
            null => null,
            { OverLimit: true } fault => RequestErrors.DocumentArchiveTooLarge(field, upload.Name, fault.Reason),
            var fault => RequestErrors.DocumentContentMismatch(field, upload.Name, declaredAs, fault.Reason),
        };
    }

    private static int IndexOf(IReadOnlyList<LegalDocument> documents, string name)
    {
        for (var i = 0; i < documents.Count; i++)
        {
            if (string.Equals(documents[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A name is refused, never renamed: it is kept as the agency sent it, so it must be safe to show and to use as a file name.
    /// <paramref name="problem"/> says what is wrong, showing the name with hidden characters escaped.
    /// </summary>
    private static bool IsValidName(string? name, [NotNullWhen(false)] out string? problem)
    {
        problem = NameProblem(name);
        return problem is null;
    }

    private static string? NameProblem(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "is empty";
        }

        if (name.Length > MaxNameLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"is {name.Length:N0} characters long, more than {MaxNameLength}");
        }

        var shown = Show(name);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is '/' or '\\')
            {
                return $"{shown} contains a path separator ('{c}')";
            }

            if (char.IsControl(c))
            {
                return string.Create(CultureInfo.InvariantCulture, $"{shown} contains the control character U+{(int)c:X4}");
            }

            if (BidiCharacters.IsEmbeddingOverrideOrIsolate(c) || BidiCharacters.IsMark(c))
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"{shown} contains the invisible bidirectional character U+{(int)c:X4}, which can make it show a different extension");
            }

            if (char.IsSurrogate(c))
            {
                if (!char.IsSurrogatePair(name, i))
                {
                    return $"{shown} contains a broken character (an unpaired UTF-16 surrogate)";
                }

                i++; // the low half of the pair
            }
        }

        if (char.IsWhiteSpace(name[0]) || char.IsWhiteSpace(name[^1]))
        {
            return $"{shown} starts or ends with a space";
        }

        return name.All(c => c == '.') ? $"{shown} is only dots, which names a folder rather than a file" : null;
    }

    /// <summary>The name in quotes, with control, format (bidirectional, zero-width) and surrogate characters escaped, cut at 80.</summary>
    private static string Show(string name)
    {
        var shown = new StringBuilder("\"");
        foreach (var c in name.Length > 80 ? name[..80] : name)
        {
            if (char.IsControl(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                shown.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                shown.Append(c);
            }
        }

        return shown.Append(name.Length > 80 ? "…\"" : "\"").ToString();
    }

    private static string NormaliseMediaType(string? mediaType)
    {
        var type = mediaType ?? string.Empty;
        var semicolon = type.IndexOf(';', StringComparison.Ordinal);
        return (semicolon >= 0 ? type[..semicolon] : type).Trim().ToLowerInvariant();
    }
}
