using Custos.Domain.Customers;

namespace Custos.Application.Customers.Files;

/// <summary>Writes a data set in the documented format, which <see cref="CustomerDataReader"/> reads back unchanged.</summary>
public static class CustomerDataWriter
{
    /// <summary>Writes the CSV form: the seven files of <see cref="CustomerDataFiles"/> in <paramref name="directory"/> (created if needed).</summary>
    public static void WriteDirectory(CustomerDataSet data, string directory)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var writer = new CsvCustomerDataWriter(directory);
        data.Customers.ForEach(writer.Add);
        data.ResidencePermits.ForEach(writer.Add);
        data.KycDocuments.ForEach(writer.Add);
        data.Wallets.ForEach(writer.Add);
        data.Transactions.ForEach(writer.Add);
        data.Logins.ForEach(writer.Add);
        data.Holdings.ForEach(writer.Add);
    }

    /// <summary>Writes the JSON form to a file (overwritten if it exists). Every item must belong to a customer of the set.</summary>
    public static void WriteJson(CustomerDataSet data, string path)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        JsonCustomerDataWriter.Write(data, stream);
    }

    /// <summary>Writes the JSON form to a stream, which is left open.</summary>
    public static void WriteJson(CustomerDataSet data, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(stream);
        JsonCustomerDataWriter.Write(data, stream);
    }
}
