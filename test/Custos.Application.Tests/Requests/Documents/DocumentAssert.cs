using Custos.Application.Requests;
using Custos.Domain.Common;

namespace Custos.Application.Tests.Requests.Documents;

/// <summary>Runs <see cref="DocumentRules.CheckOne"/> on one upload and asserts the outcome.</summary>
internal static class DocumentAssert
{
    public const string Field = "documents[0]";
    public const string ContentMismatch = "request.document-content-mismatch";
    public const string ArchiveTooLarge = "request.document-archive-too-large";
    public const string NameInvalid = "request.document-name-invalid";

    public static void Accepted(string name, string mediaType, byte[] content, IntakeOptions? options = null)
    {
        var error = DocumentRules.CheckOne(new UploadedDocument(name, mediaType, content), Field, options ?? new IntakeOptions());
        Assert.True(error is null, $"{name} ({mediaType}) was refused: {error}");
    }

    /// <summary>Asserts a refusal with <paramref name="code"/> on the upload's field, whose message names the file and says <paramref name="saying"/>.</summary>
    public static Error Refused(string name, string mediaType, byte[] content, string code, string saying, IntakeOptions? options = null)
    {
        var error = DocumentRules.CheckOne(new UploadedDocument(name, mediaType, content), Field, options ?? new IntakeOptions());
        Assert.NotNull(error);
        Assert.Equal(code, error.Code);
        Assert.Equal(Field, error.Field);
        if (code != NameInvalid)
        {
            Assert.StartsWith(name + " is ", error.Message, StringComparison.Ordinal);
        }

        Assert.Contains(saying, error.Message, StringComparison.Ordinal);
        return error;
    }

    /// <summary>Asserts a content mismatch whose message says what the file was declared as and what is wrong with it.</summary>
    public static Error NotA(string name, string mediaType, byte[] content, string declaredAs, string saying) =>
        Refused(name, mediaType, content, ContentMismatch, $"is declared as {declaredAs} but is not one: {saying}");
}
