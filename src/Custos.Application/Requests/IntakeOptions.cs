namespace Custos.Application.Requests;

/// <summary>Settings of intake: who the platform is and what documents it accepts.</summary>
public sealed record IntakeOptions
{
    /// <summary>The country (ISO 3166-1 alpha-2) where the platform answering demands is established; scrutiny depends on it.</summary>
    public string ProviderCountry { get; init; } = "MT";

    /// <summary>The largest document accepted (default 20 MiB).</summary>
    public long MaxDocumentBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>
    /// The most a Word document (a ZIP archive) may unpack to, all its entries together (default 100 MiB). Checked against the
    /// sizes the archive declares and against what its entries really unpack to.
    /// </summary>
    public long MaxExpandedDocumentBytes { get; init; } = 100 * 1024 * 1024;

    /// <summary>The most entries a Word document (a ZIP archive) may hold (default 2,000; Word writes a few dozen).</summary>
    public int MaxArchiveEntries { get; init; } = 2000;

    /// <summary>The most documents one submission may carry.</summary>
    public int MaxDocuments { get; init; } = 20;

    /// <summary>The media types accepted for legal documents.</summary>
    public IReadOnlyList<string> AcceptedMediaTypes { get; init; } =
    [
        "application/pdf", "image/png", "image/jpeg", "image/tiff", "text/plain",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ];
}
