using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Storage;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Tests;

/// <summary>A fresh database with a fake clock, for use-case tests.</summary>
internal sealed class Harness : IAsyncDisposable
{
    private Harness(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public FakeClock Clock { get; } = new();

    public static async Task<Harness> CreateAsync(string provider) => new(await TestDatabase.CreateAsync(provider));

    public CustosDbContext NewContext() => Database.CreateContext();

    public LedgerIdentityKey Identity { get; } = new(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public EventRecorder Events => new(Clock, Identity);

    /// <summary>Sign-in settings (the defaults unless a test changes them).</summary>
    public SignIn.SignInOptions SignIn { get; set; } = new();

    /// <summary>A key ring in memory, standing in for the host's Data Protection.</summary>
    public Microsoft.AspNetCore.DataProtection.IDataProtectionProvider Protection { get; } = new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider();

    public SignIn.SecondFactors Factors => new(Protection, Clock, SignIn);

    /// <summary>Staff sign-in on <paramref name="db"/>, with <paramref name="passwords"/> (the real hasher by default).</summary>
    public Application.Staff.StaffSignIn NewStaffSignIn(CustosDbContext db, SignIn.IPasswordVerifier? passwords = null) =>
        new(db, Events, Clock, passwords ?? Application.SignIn.PasswordVerifier.Instance, new SignIn.SignInGuard(db, Events, Clock, SignIn),
            new SignIn.SignInSessions(db, Clock, SignIn), Factors);

    /// <summary>Officer sign-in on <paramref name="db"/>.</summary>
    public Application.Agencies.OfficerSignIn NewOfficerSignIn(CustosDbContext db, SignIn.IPasswordVerifier? passwords = null) =>
        new(db, Events, Clock, passwords ?? Application.SignIn.PasswordVerifier.Instance, new SignIn.SignInGuard(db, Events, Clock, SignIn),
            new SignIn.SignInSessions(db, Clock, SignIn), Factors);

    /// <summary>A ledger folder of this harness's own.</summary>
    public LedgerOptions Ledger { get; } = LedgerOptions.ForDataDirectory(TestEnvironment.NewTempDirectory("ledger"), "test.custos/ledger");

    private LedgerSigner? _signer;

    public LedgerSigner Signer => _signer ??= LedgerSigner.LoadOrCreate(Ledger);

    public LedgerIntegrator NewIntegrator(ILedgerLeadership? leadership = null) =>
        new(Database.Database, Ledger, Signer, Clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<LedgerIntegrator>.Instance, leadership: leadership);

    /// <summary>The published tiles where this provider keeps them: the ledger folder (SQLite) or the database (PostgreSQL).</summary>
    public Custos.Ledger.Tiles.ITileReader Tiles => LedgerTiles.StoreFor(Database.Database, Ledger);

    /// <summary>The ledger events committed so far, oldest first.</summary>
    public async Task<IReadOnlyList<Storage.Entities.LedgerEventRecord>> EventsAsync()
    {
        await using var db = NewContext();
        return await db.LedgerEvents.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }

    public ValueTask DisposeAsync()
    {
        _signer?.Dispose();
        return Database.DisposeAsync();
    }
}
