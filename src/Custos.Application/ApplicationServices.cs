using Custos.Application.Access;
using Custos.Application.Agencies;
using Custos.Application.Common;
using Custos.Application.Customers.Import;
using Custos.Application.Customers.Search;
using Custos.Application.Demo;
using Custos.Application.Ledger;
using Custos.Application.Operations;
using Custos.Application.Requests.Targets;
using Custos.Application.Staff;
using Custos.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Polly;

namespace Custos.Application;

/// <summary>Registers the use cases, the ledger and the storage they run on.</summary>
public static class ApplicationServices
{
    public static IServiceCollection AddCustosApplication(this IServiceCollection services, DatabaseSettings database, LedgerOptions ledger)
    {
        var custosDatabase = new CustosDatabase(database);
        services.AddSingleton(custosDatabase);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(ledger);
        services.AddSingleton(_ => LedgerIdentityKey.LoadOrCreate(ledger.KeysDirectory));
        services.AddSingleton(_ => LedgerSigner.LoadOrCreate(ledger));
        services.AddSingleton<LedgerSignal>();
        if (ledger.Witnessing is { } witnessing)
        {
            // A witness that drops a connection or answers 5xx, 408 or 429 is asked again twice, soon; the publisher's own
            // per-request timeout bounds the whole. Asking again is safe: a witness that already cosigned answers 409.
            services.AddHttpClient(nameof(Custos.Ledger.Witness.WitnessClient))
                .AddResilienceHandler("witness", pipeline => pipeline.AddRetry(new Microsoft.Extensions.Http.Resilience.HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 2,
                    Delay = TimeSpan.FromMilliseconds(200),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                }));
            services.AddSingleton(provider => new Custos.Ledger.Witness.WitnessedCheckpointPublisher(
                witnessing,
                new Custos.Ledger.Witness.WitnessClient(provider.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(Custos.Ledger.Witness.WitnessClient)))));
        }

        // Who runs the work that must run once: on PostgreSQL any number of nodes elect a leader through an advisory lock;
        // on SQLite (one machine) the process holding the ledger folder's lock file leads.
        if (database.Provider == DatabaseProvider.Postgres)
        {
            services.TryAddSingleton<ILedgerLeadership, PostgresAdvisoryLeadership>();
        }
        else
        {
            services.TryAddSingleton<ILedgerLeadership>(_ => new LedgerFolderLeadership(ledger));
        }

        services.AddSingleton(provider => new LedgerIntegrator(
            provider.GetRequiredService<CustosDatabase>(), ledger, provider.GetRequiredService<LedgerSigner>(),
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<LedgerIntegrator>>(),
            provider.GetService<Custos.Ledger.Witness.WitnessedCheckpointPublisher>(), provider.GetRequiredService<ILedgerLeadership>()));
        services.AddSingleton<LedgerAppender>();
        services.AddSingleton<LedgerSignalInterceptor>();
        services.AddDbContextPool<CustosDbContext>((provider, options) =>
        {
            custosDatabase.Configure(options);
            options.AddInterceptors(provider.GetRequiredService<LedgerSignalInterceptor>());
        });
        services.AddScoped<EventRecorder>();
        services.AddScoped<ActorNames>();
        services.AddScoped<LedgerReader>();
        services.TryAddSingleton(new SignIn.SignInOptions());
        services.TryAddSingleton<SignIn.IPasswordVerifier>(SignIn.PasswordVerifier.Instance);
        services.AddScoped<SignIn.SignInGuard>();
        services.AddScoped<SignIn.SignInSessions>();
        services.AddSingleton<SignIn.SecondFactors>();
        services.AddScoped<StaffAccounts>();
        services.AddScoped<StaffSignIn>();
        services.AddScoped<ApiKeys>();
        services.AddScoped<AgencyRegistry>();
        services.AddScoped<OfficerAccounts>();
        services.AddScoped<TrustChanges>();
        services.AddScoped<OfficerSignIn>();
        services.AddScoped<CustomerSearch>();
        services.AddScoped<Customers.Records.CustomerRecords>();
        services.AddScoped<Customers.Records.CustomerAccessHistory>();
        services.AddScoped<Common.AccessRefusals>();
        services.AddScoped<CustomerImport>();
        services.AddScoped<TargetResolver>();
        services.AddScoped<DemoAgencies>();
        services.AddScoped<DemoPlatformSeeder>();
        services.AddScoped<Configuration.ConfigurationAudit>();
        services.TryAddSingleton(new Proofs.DisclosureIndexOptions());
        services.AddSingleton<Proofs.DisclosureIndexCache>();
        services.AddSingleton<Proofs.DisclosureIndexPublisher>();
        services.AddScoped<Proofs.DisclosureProofExporter>();
        services.AddScoped<Proofs.Sealing.DisclosureSeals>();
        services.AddSingleton(_ => Proofs.CustomerLinkKey.LoadOrCreate(ledger.KeysDirectory));
        services.AddScoped<Proofs.CustomerLinks>();
        services.AddScoped<Proofs.CustomerDisclosures>();
        services.AddSingleton<Policy.PolicyCache>();
        services.AddScoped<Policy.PolicyStore>();
        services.TryAddSingleton(new Requests.IntakeOptions());
        services.AddScoped<Requests.RequestAssessment>();
        services.AddScoped<Requests.RequestIntake>();
        services.AddScoped<Requests.RequestWorkflow>();
        services.AddScoped<Requests.RequestQueries>();
        services.AddSingleton<Sanctions.Lists.ScreeningIndexCache>();
        services.AddScoped<Sanctions.Lists.SanctionsLists>();
        services.AddScoped<Sanctions.Lists.SanctionsListImport>();
        services.AddScoped<Sanctions.Screening.NameScreening>();
        services.AddScoped<Sanctions.Rescreen.CustomerRescreen>();
        services.AddScoped<Sanctions.Alerts.SanctionsAlerts>();
        services.AddScoped<Restrictions.PriceImport>();
        services.AddScoped<Restrictions.RestrictionEvaluation>();
        services.AddScoped<Restrictions.RestrictionApply>();
        services.AddScoped<Transparency.TransparencyReports>();
        services.AddScoped<Transparency.PublishedReports>();
        services.TryAddSingleton(new Transparency.Facts.TransparencyFactsOptions());
        services.AddSingleton<Transparency.Facts.TransparencyFactsPublisher>();
        services.TryAddSingleton(new Notices.NoticeOptions());
        services.AddSingleton<Notices.INoticeTransport>(provider => provider.GetRequiredService<Notices.NoticeOptions>() is { Smtp: not null } notices
            ? new Notices.SmtpNoticeTransport(notices)
            : new Notices.EmlFileNoticeTransport(provider.GetRequiredService<Notices.NoticeOptions>()));
        services.AddSingleton<CheckpointSignal>();
        services.TryAddSingleton(new Production.ProductionOptions());
        services.AddScoped<Production.ProductionRelease>();
        services.AddScoped<Production.PackageDownloads>();
        services.AddScoped<Notices.NoticeOutbox>();
        services.AddScoped<Notices.NoticeDispatcher>();
        services.TryAddSingleton(new Review.ReviewOptions());
        services.AddScoped<Review.RequestDecisions>();
        services.AddScoped<Review.ReviewQueries>();
        services.AddScoped<Review.CustomerNotices>();
        services.AddScoped<Review.ProductionOrders>();
        services.AddScoped<Review.PreservationDecisions>();
        services.AddScoped<Review.ReviewDeadlines>();
        services.TryAddSingleton(new Production.PreservationExpiryOptions());
        services.AddScoped<Production.ProductionData>();
        services.AddScoped<Production.PreservationSnapshots>();
        services.AddScoped<Production.PreservationExpiry>();
        services.AddCustosOperations();
        return services;
    }
}
