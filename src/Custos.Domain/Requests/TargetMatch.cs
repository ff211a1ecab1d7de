namespace Custos.Domain.Requests;

/// <summary>How a target of a data request meets the platform's customer data (serialised kebab-case: <c>not-found</c>).</summary>
public enum TargetMatch
{
    /// <summary>An exact identifier (account, e-mail, phone, wallet, transaction) that belongs to at least one customer.</summary>
    Exact,

    /// <summary>A name that some customers bear: candidates for a reviewer to confirm, never an automatic match.</summary>
    Candidates,

    /// <summary>A target that reaches every customer with some property (counterparty of a wallet, a country), whatever the count.</summary>
    Bulk,

    /// <summary>A well-formed identifier or name that reaches no customer.</summary>
    NotFound,

    /// <summary>An empty or malformed value; nothing was looked up.</summary>
    Invalid,
}
