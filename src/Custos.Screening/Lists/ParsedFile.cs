namespace Custos.Screening.Lists;

/// <summary>A file whose role has been recognised, with its hash and (for CSV) its records.</summary>
internal sealed record ParsedFile(ListFile File, FileRole Role, string ListId, string Sha256, List<CsvRecord> Records);
