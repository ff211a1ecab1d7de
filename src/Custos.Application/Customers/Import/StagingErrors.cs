using Custos.Application.Customers.Files;
using Custos.Domain.Common;
using Custos.Storage.Customers;

namespace Custos.Application.Customers.Import;

/// <summary>
/// Turns a problem found in the staging tables into the error the reader itself would give: the file, the line, the
/// field and the same words (<see cref="CustomerDataErrors"/>).
/// </summary>
internal static class StagingErrors
{
    /// <summary>Describes <paramref name="problem"/>; <paramref name="jsonFile"/> is the file name when the import is the JSON form.</summary>
    public static Error Describe(StagingProblem problem, string? jsonFile)
    {
        var schema = SchemaOf(problem.Table);
        var v = problem.Values;
        var (column, text) = problem.Kind switch
        {
            StagingProblemKind.UnknownAccount =>
                ("account_id", $"account '{v[0]}' is not in {CustomerDataFiles.Customers} and does not exist already"),
            _ => problem.Table switch
            {
                "customers" => ("account_id", $"account '{v[0]}' appears more than once"),
                "residence_permits" => ("valid_from", $"a {v[2]} permit of account '{v[0]}' for {v[1]} from {v[3]} appears more than once"),
                "kyc_documents" => ("number", $"{v[1]} {v[3]} of {v[2]} for account '{v[0]}' appears more than once"),
                "wallets" => ("address", $"{v[0]} address '{v[1]}' appears more than once"),
                "transactions" => ("transaction_id", $"transaction '{v[0]}' appears more than once"),
                "logins" => ("login_id", $"login '{v[0]}' appears more than once"),
                "holdings" => ("asset", $"a {v[1]} holding of account '{v[0]}' on {v[2]} appears more than once"),
                _ => throw new ArgumentException($"Unknown table {problem.Table}.", nameof(problem)),
            },
        };
        var code = problem.Kind == StagingProblemKind.UnknownAccount ? CustomerDataErrors.UnknownAccount : CustomerDataErrors.DuplicateKey;
        var field = column;
        if (jsonFile is not null && schema.TryGetCsvColumn(column, out var index))
        {
            field = schema.Columns[index].JsonName;
        }

        return CustomerDataErrors.At(code, jsonFile ?? schema.FileName, problem.Line, field, text);
    }

    private static CustomerFileSchema SchemaOf(string table) => table switch
    {
        "customers" => CustomerFileSchema.Customers,
        "residence_permits" => CustomerFileSchema.ResidencePermits,
        "kyc_documents" => CustomerFileSchema.KycDocuments,
        "wallets" => CustomerFileSchema.Wallets,
        "transactions" => CustomerFileSchema.Transactions,
        "logins" => CustomerFileSchema.Logins,
        "holdings" => CustomerFileSchema.Holdings,
        _ => throw new ArgumentException($"Unknown table {table}.", nameof(table)),
    };
}
