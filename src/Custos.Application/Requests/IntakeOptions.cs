namespace Custos.Application.Requests;

/// <summary>Settings of intake: who the platform is and what documents it accepts.</summary>
public sealed record IntakeOptions
{
    /// <summary>The country (ISO 3166-1 alpha-2) where the platform answering demands is established; scrutiny depends on it.</summary>
    public string ProviderCountry { get; init; } = "MT";

    /// <summary>The largest document accepted (default 20 MiB).</summary>
    public long MaxDocumentBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>The most documents one submission may carry.</summary>
    public int MaxDocuments { get; init; } = 20;

    /// <summary>The media types accepted for legal documents.</summary>
    public IReadOnlyList<string> AcceptedMediaTypes { get; init; } =
    [
        "application/pdf", "image/png", "image/jpeg", "image/tiff", "text/plain",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ];
}
