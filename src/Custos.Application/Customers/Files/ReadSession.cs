using Custos.Domain.Common;
using Custos.Domain.Customers;

namespace Custos.Application.Customers.Files;

/// <summary>
/// The state of one read: the data set being filled, the errors so far and the keys seen, so that duplicates and
/// references are checked as rows arrive (customers are always read before the items that refer to them).
/// </summary>
internal sealed class ReadSession(CustomerDataReadOptions options)
{
    private readonly HashSet<string> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _externalAccounts = new(StringComparer.Ordinal);
    private readonly HashSet<(string Asset, string Address)> _wallets = [];
    private readonly HashSet<string> _transactions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _logins = new(StringComparer.Ordinal);
    private readonly HashSet<(string AccountId, string Asset, DateOnly AsOf)> _holdings = [];
    private readonly List<Error> _errors = [];

    public CustomerDataSet Data { get; } = new();

    public CustomerDataReadOptions Options { get; } = options;

    public IReadOnlyList<Error> Errors => _errors;

    /// <summary>Whether the error limit has been reached: the reader stops.</summary>
    public bool Full => _errors.Count >= Options.MaxErrors;

    public void Add(Error error)
    {
        if (!Full)
        {
            _errors.Add(error);
        }
    }

    public void Add(string code, string file, long line, string? field, string problem) =>
        Add(CustomerDataErrors.At(code, file, line, field, problem));

    public Result<CustomerDataSet> ToResult()
    {
        if (_errors.Count == 0)
        {
            return Data;
        }

        if (Full)
        {
            _errors.Add(Error.Invalid(CustomerDataErrors.TooManyErrors,
                $"Reading stopped after {Options.MaxErrors} errors; fix these and read the data again."));
        }

        return Result<CustomerDataSet>.Failure(_errors.ToArray());
    }

    /// <summary>Registers a customer's account id; false when it is already in the set.</summary>
    public bool AddAccount(string accountId) => _accounts.Add(accountId);

    public bool AccountKnown(string accountId)
    {
        if (_accounts.Contains(accountId))
        {
            return true;
        }

        if (Options.AccountExists is not { } exists)
        {
            return false;
        }

        if (!_externalAccounts.TryGetValue(accountId, out var known))
        {
            known = exists(accountId);
            _externalAccounts[accountId] = known;
        }

        return known;
    }

    public bool AddWallet(string asset, string address) => _wallets.Add((asset, address));

    public bool AddTransaction(string transactionId) => _transactions.Add(transactionId);

    public bool AddLogin(string loginId) => _logins.Add(loginId);

    public bool AddHolding(string accountId, string asset, DateOnly asOf) => _holdings.Add((accountId, asset, asOf));
}
