using Custos.Domain.Common;
using Custos.Domain.Customers;

namespace Custos.Application.Customers.Files;

/// <summary>
/// The state of one read: the data set being filled, the errors so far and the keys seen, so that duplicates and
/// references are checked as rows arrive (customers are always read before the items that refer to them).
/// A streaming session instead hands every record that passed its field checks to a sink, with the line of its key,
/// and keeps no keys: checking keys and references is then the sink's job (the import does it in SQL).
/// </summary>
internal sealed class ReadSession(CustomerDataReadOptions options, Action<object, long>? stream = null)
{
    private readonly HashSet<string> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _externalAccounts = new(StringComparer.Ordinal);
    private readonly HashSet<(string Asset, string Address)> _wallets = [];
    private readonly HashSet<string> _transactions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _logins = new(StringComparer.Ordinal);
    private readonly HashSet<(string AccountId, string Asset, DateOnly AsOf)> _holdings = [];
    private readonly List<Error> _errors = [];
    private readonly HashSet<string> _rejectedAccounts = new(StringComparer.Ordinal);

    public CustomerDataSet Data { get; } = new();

    public CustomerDataReadOptions Options { get; } = options;

    public IReadOnlyList<Error> Errors => _errors;

    /// <summary>Whether records go to a sink, their keys and references unchecked here.</summary>
    public bool Streaming => stream is not null;

    /// <summary>
    /// Account ids of customer records rejected for a bad value (at most <see cref="CustomerDataReadOptions.MaxErrors"/>):
    /// items that refer to them are not dangling, only waiting for their customer to be fixed.
    /// </summary>
    public IReadOnlySet<string> RejectedAccounts => _rejectedAccounts;

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

    /// <summary>Takes a record that passed its checks: into the data set, or to the stream with the line of its key.</summary>
    public void Accept(object record, long line)
    {
        if (stream is not null)
        {
            stream(record, line);
            return;
        }

        switch (record)
        {
            case Customer customer: Data.Customers.Add(customer); break;
            case ResidencePermit permit: Data.ResidencePermits.Add(permit); break;
            case KycDocument document: Data.KycDocuments.Add(document); break;
            case Wallet wallet: Data.Wallets.Add(wallet); break;
            case Transaction transaction: Data.Transactions.Add(transaction); break;
            case LoginEvent login: Data.Logins.Add(login); break;
            case Holding holding: Data.Holdings.Add(holding); break;
            default: throw new ArgumentException($"Not a customer data record: {record.GetType().Name}.", nameof(record));
        }
    }

    /// <summary>Notes a customer record rejected for a bad value (see <see cref="RejectedAccounts"/>).</summary>
    public void CustomerRejected(string accountId)
    {
        if (Streaming)
        {
            _rejectedAccounts.Add(accountId);
        }
    }

    /// <summary>Registers a customer's account id; false when it is already in the set.</summary>
    public bool AddAccount(string accountId) => Streaming || _accounts.Add(accountId);

    public bool AccountKnown(string accountId)
    {
        if (Streaming || _accounts.Contains(accountId))
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

    public bool AddWallet(string asset, string address) => Streaming || _wallets.Add((asset, address));

    public bool AddTransaction(string transactionId) => Streaming || _transactions.Add(transactionId);

    public bool AddLogin(string loginId) => Streaming || _logins.Add(loginId);

    public bool AddHolding(string accountId, string asset, DateOnly asOf) => Streaming || _holdings.Add((accountId, asset, asOf));
}
