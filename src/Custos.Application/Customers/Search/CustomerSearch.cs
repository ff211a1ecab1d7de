using Custos.Domain.Customers;
using Custos.Storage;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Customers.Search;

/// <summary>Finds customers for the console: by account id, e-mail, phone, wallet address or (part of) a name.</summary>
public sealed class CustomerSearch(CustosDbContext db)
{
    public const int MaxPageSize = 200;

    /// <summary>One page of customers, and the total that matched.</summary>
    public sealed record Page(IReadOnlyList<Customer> Customers, int Total, int Skip, int Take);

    public async Task<Page> SearchAsync(string? query, int skip, int take, CancellationToken cancellationToken = default)
    {
        skip = Math.Max(0, skip);
        take = Math.Clamp(take, 1, MaxPageSize);
        var customers = db.Customers.AsNoTracking();
        var text = query?.Trim() ?? string.Empty;
        if (text.Length > 0)
        {
            var walletOwners = db.Wallets.Where(w => w.Address == text).Select(w => w.AccountId);
            var folded = CustomerSearchText.Fold(text);
            var pattern = SqlLike.Containing(folded);
            customers = customers.Where(c =>
                c.AccountId == text ||
                walletOwners.Contains(c.AccountId) ||
                EF.Functions.Like(EF.Property<string>(c, CustosDbContext.SearchTextProperty), pattern, SqlLike.EscapeCharacter));
        }

        var total = await customers.CountAsync(cancellationToken);
        var page = await customers.OrderBy(c => c.FamilyName).ThenBy(c => c.GivenName).ThenBy(c => c.AccountId)
            .Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new Page(page, total, skip, take);
    }

    /// <summary>How many customers the platform's data holds, and when it was last imported.</summary>
    public sealed record Summary(int Customers, DateTimeOffset? LastImport);

    /// <summary>The size and age of the customer data.</summary>
    public async Task<Summary> SummaryAsync(CancellationToken cancellationToken = default) =>
        new(
            await db.Customers.CountAsync(cancellationToken),
            (await db.CustomerImports.AsNoTracking().Select(i => i.FinishedAt).ToListAsync(cancellationToken)).Select(f => (DateTimeOffset?)f).Max());

    public Task<Customer?> GetAsync(string accountId, CancellationToken cancellationToken = default) =>
        db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.AccountId == accountId, cancellationToken);
}
