using Custos.Storage;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Customers.Records;

/// <summary>Opens one customer's record.</summary>
public sealed class CustomerRecords(CustosDbContext db)
{
    /// <summary>The record of <paramref name="accountId"/>, or null when there is no such customer.</summary>
    public async Task<CustomerRecord?> GetAsync(string accountId, CancellationToken cancellationToken = default)
    {
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.AccountId == accountId, cancellationToken);
        if (customer is null)
        {
            return null;
        }

        return new CustomerRecord(
            customer,
            await db.ResidencePermits.AsNoTracking().Where(p => p.AccountId == accountId).ToListAsync(cancellationToken),
            await db.KycDocuments.AsNoTracking().Where(d => d.AccountId == accountId).ToListAsync(cancellationToken),
            await db.Wallets.AsNoTracking().Where(w => w.AccountId == accountId).OrderBy(w => w.Asset).ToListAsync(cancellationToken),
            await db.Holdings.AsNoTracking().Where(h => h.AccountId == accountId).ToListAsync(cancellationToken),
            await db.Transactions.CountAsync(t => t.AccountId == accountId, cancellationToken),
            await db.Logins.CountAsync(l => l.AccountId == accountId, cancellationToken));
    }
}
