namespace Custos.Screening;

/// <summary>The stable codes of <see cref="ListReadError"/>; never renumbered or reused.</summary>
public static class ListReadErrorCodes
{
    /// <summary>No files were given.</summary>
    public const string NoFiles = "list.no-files";

    /// <summary>A file is neither an OFAC legacy CSV file nor a UN consolidated list XML.</summary>
    public const string UnrecognisedFile = "list.unrecognised-file";

    /// <summary>A CSV row is not well formed (quoting, column count, a field that must be a number).</summary>
    public const string MalformedRow = "list.malformed-row";

    /// <summary>An XML file is not well formed or lacks a required element.</summary>
    public const string MalformedXml = "list.malformed-xml";

    /// <summary>The files given belong to more than one list, or one role appears twice.</summary>
    public const string MixedFiles = "list.mixed-files";

    /// <summary>Alias, address or comment files were given without the primary file of the list.</summary>
    public const string MissingPrimary = "list.missing-primary";

    /// <summary>The same entry number or reference appears twice in a primary file.</summary>
    public const string DuplicateEntry = "list.duplicate-entry";

    /// <summary>A primary file holds no entries.</summary>
    public const string Empty = "list.empty";
}
