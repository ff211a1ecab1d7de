using System.Globalization;
using System.Security.Cryptography;
using Custos.Domain.Common;
using Custos.Domain.Intake;
using Custos.Domain.Requests;

namespace Custos.Application.Requests;

/// <summary>A document that passed the checks, with its hash.</summary>
public sealed record CheckedDocument(string Name, string MediaType, byte[] Content, string Sha256);

/// <summary>Checks uploaded legal documents: name, type, size, content, and the SHA-256 the request declares for them.</summary>
public static class DocumentRules
{
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
        if (!IsValidName(upload.Name))
        {
            return RequestErrors.DocumentNameInvalid(field);
        }

        var mediaType = NormaliseMediaType(upload.MediaType);
        if (!options.AcceptedMediaTypes.Contains(mediaType, StringComparer.Ordinal))
        {
            return RequestErrors.DocumentTypeRefused(field, upload.Name, mediaType.Length == 0 ? "of no stated type" : mediaType, options.AcceptedMediaTypes);
        }

        if (upload.Content.Length == 0)
        {
            return RequestErrors.DocumentEmpty(field, upload.Name);
        }

        if (upload.Content.LongLength > options.MaxDocumentBytes)
        {
            return RequestErrors.DocumentTooLarge(field, upload.Name, options.MaxDocumentBytes);
        }

        if (mediaType == "application/pdf" && !upload.Content.AsSpan().StartsWith("%PDF-"u8))
        {
            return RequestErrors.DocumentNotPdf(field, upload.Name);
        }

        return null;
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

    private static bool IsValidName(string? name) =>
        !string.IsNullOrWhiteSpace(name) && name.Length <= 200 && name.Trim() == name &&
        !name.Any(c => c is '/' or '\\' || char.IsControl(c)) && name is not ("." or "..");

    private static string NormaliseMediaType(string? mediaType)
    {
        var type = mediaType ?? string.Empty;
        var semicolon = type.IndexOf(';', StringComparison.Ordinal);
        return (semicolon >= 0 ? type[..semicolon] : type).Trim().ToLowerInvariant();
    }
}
