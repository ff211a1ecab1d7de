namespace Custos.Application.Customers.Files;

/// <summary>Progress of reading one customer data file, for a progress bar.</summary>
/// <param name="FileName">The file being read (<c>transactions.csv</c>, <c>customers.json</c>).</param>
/// <param name="RowsRead">Records read from that file so far.</param>
/// <param name="BytesRead">Bytes of that file read so far.</param>
/// <param name="TotalBytes">The size of that file in bytes.</param>
/// <param name="Completed">Whether the file has been read to its end.</param>
public readonly record struct CustomerDataReadProgress(string FileName, long RowsRead, long BytesRead, long TotalBytes, bool Completed);
