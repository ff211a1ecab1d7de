using Custos.Application.Common;
using Custos.Application.Policy;
using Custos.Application.Requests;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Customers;
using Custos.Domain.Policy;
using Custos.Domain.Restrictions;
using Custos.Storage;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Restrictions;

/// <summary>
/// Evaluates the sanctions regime whose restriction binds the provider (EU Reg. 833/2014 Art. 5b for a provider
/// established in the EU) for every customer linked to its target country — by recorded nationality, by residence, or
/// by a passport or national identity card the target issued — on a day, with the holdings valued at the latest price
/// on or before that day. The rules are <see cref="RestrictionRules"/>; the law is the policy in force.
/// </summary>
public sealed class RestrictionEvaluation(CustosDbContext db, EventRecorder events, PolicyStore policies, IntakeOptions intake)
{
    public async Task<Result<RestrictionReport>> EvaluateAsync(DateOnly asOf, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.ReadCustomerData, "restrictions", cancellationToken) is { } denied)
        {
            return denied;
        }

        var active = await policies.GetActiveAsync(cancellationToken);
        var regime = RegimeFor(active.Policy, intake.ProviderCountry);
        if (regime is null)
        {
            return RestrictionErrors.NoRegime(intake.ProviderCountry);
        }

        var target = regime.Target;
        var documentKinds = new[] { KycDocumentKind.Passport, KycDocumentKind.NationalId };
        var linked = db.Customers.Where(c => c.Nationality == target || c.ResidenceCountry == target).Select(c => c.AccountId)
            .Union(db.KycDocuments.Where(d => d.IssuingCountry == target && documentKinds.Contains(d.Kind)).Select(d => d.AccountId));
        var customers = await db.Customers.AsNoTracking().Where(c => linked.Contains(c.AccountId))
            .Select(c => new { c.AccountId, c.Nationality, c.ResidenceCountry, c.Status }).ToListAsync(cancellationToken);
        var documents = (await db.KycDocuments.AsNoTracking().Where(d => linked.Contains(d.AccountId) && documentKinds.Contains(d.Kind))
            .Select(d => new { d.AccountId, d.IssuingCountry }).ToListAsync(cancellationToken)).ToLookup(d => d.AccountId, d => d.IssuingCountry, StringComparer.Ordinal);
        var permits = (await db.ResidencePermits.AsNoTracking().Where(p => linked.Contains(p.AccountId)).ToListAsync(cancellationToken))
            .ToLookup(p => p.AccountId, StringComparer.Ordinal);
        var holdings = (await db.Holdings.AsNoTracking().Where(h => linked.Contains(h.AccountId) && h.AsOf <= asOf).ToListAsync(cancellationToken))
            .ToLookup(h => h.AccountId, StringComparer.Ordinal);
        var prices = new PriceTable((await db.AssetPrices.AsNoTracking().Where(p => p.Date <= asOf).ToListAsync(cancellationToken))
            .Select(p => new AssetPrice(p.Asset, p.Date, p.EurPrice)));

        var restrict = new List<RestrictionOutcome>();
        var undetermined = new List<RestrictionOutcome>();
        var unpriced = new List<RestrictionOutcome>();
        int exempt = 0, below = 0, closed = 0;
        foreach (var customer in customers.OrderBy(c => c.AccountId, StringComparer.Ordinal))
        {
            if (customer.Status == AccountStatus.Closed)
            {
                closed++;
                continue;
            }

            var subject = new RestrictionSubject
            {
                AccountId = customer.AccountId,
                Nationality = customer.Nationality,
                ResidenceCountry = customer.ResidenceCountry,
                DocumentCountries = [.. documents[customer.AccountId]],
                Permits = [.. permits[customer.AccountId]],
            };
            var outcome = RestrictionRules.Evaluate(regime, subject, HoldingsValuation.Of(holdings[customer.AccountId], prices, asOf), asOf);
            if (outcome.Valuation.Unpriced.Count > 0)
            {
                unpriced.Add(outcome);
            }

            switch (outcome.Kind)
            {
                case RestrictionOutcomeKind.Restrict:
                    restrict.Add(outcome);
                    break;
                case RestrictionOutcomeKind.Undetermined:
                    undetermined.Add(outcome);
                    break;
                case RestrictionOutcomeKind.Exempt:
                    exempt++;
                    break;
                case RestrictionOutcomeKind.BelowThreshold:
                    below++;
                    break;
            }
        }

        var stage = regime.Restriction!.Thresholds.On(asOf);
        return new RestrictionReport
        {
            AsOf = asOf,
            RegimeId = regime.Id,
            RegimeName = regime.Name,
            PolicyVersion = active.Version,
            InForce = stage is not null,
            Threshold = stage?.Value,
            Restrict = restrict,
            Undetermined = undetermined,
            WithUnpricedHoldings = unpriced,
            Examined = customers.Count,
            Exempt = exempt,
            BelowThreshold = below,
            Closed = closed,
        };
    }

    /// <summary>The regime with a restriction that the legal system of the provider's country imposes.</summary>
    internal static SanctionsRegime? RegimeFor(ScrutinyPolicy policy, string providerCountry) =>
        policy.Jurisdictions.TryGetValue(providerCountry.Trim().ToUpperInvariant(), out var provider)
            ? policy.SanctionsRegimes.FirstOrDefault(r => r.Restriction is not null && string.Equals(r.ImposedBy, provider.LegalSystem, StringComparison.Ordinal))
            : null;
}
