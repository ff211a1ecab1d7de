using Custos.Domain.Customers;
using Custos.Storage;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Custos.Web.Pages.Customers;

/// <summary>One customer's record as the platform holds it.</summary>
[Authorize(Policy = Policies.CustomerData)]
public sealed class DetailsModel(CustosDbContext db) : PageModel
{
    public Customer Customer { get; private set; } = null!;
    public IReadOnlyList<ResidencePermit> Permits { get; private set; } = [];
    public IReadOnlyList<KycDocument> Documents { get; private set; } = [];
    public IReadOnlyList<Wallet> Wallets { get; private set; } = [];
    public IReadOnlyList<Holding> Holdings { get; private set; } = [];
    public int TransactionCount { get; private set; }
    public int LoginCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(string accountId, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.AccountId == accountId, cancellationToken);
        if (customer is null)
        {
            return NotFound();
        }

        Customer = customer;
        Permits = await db.ResidencePermits.AsNoTracking().Where(p => p.AccountId == accountId).ToListAsync(cancellationToken);
        Documents = await db.KycDocuments.AsNoTracking().Where(d => d.AccountId == accountId).ToListAsync(cancellationToken);
        Wallets = await db.Wallets.AsNoTracking().Where(w => w.AccountId == accountId).OrderBy(w => w.Asset).ToListAsync(cancellationToken);
        Holdings = await db.Holdings.AsNoTracking().Where(h => h.AccountId == accountId).ToListAsync(cancellationToken);
        TransactionCount = await db.Transactions.CountAsync(t => t.AccountId == accountId, cancellationToken);
        LoginCount = await db.Logins.CountAsync(l => l.AccountId == accountId, cancellationToken);
        return Page();
    }
}
