using Custos.Domain.Access;
using Custos.Storage.Entities;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Custos.Storage.Tests;

/// <summary>Schema 5: sessions and the sign-in counters and factor of accounts round-trip on both providers.</summary>
public class SignInStorageTests
{
    [Theory, SqliteData, PostgresData]
    public async Task Session_AndAccountCounters_RoundTripWithTheirInstantsAndStages(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var at = DateTimeOffset.FromUnixTimeMilliseconds(1_793_530_800_123);
        await using (var db = database.CreateContext())
        {
            db.StaffUsers.Add(new StaffUserRecord
            {
                Id = "usr_1", Username = "ines", DisplayName = "Ines", Region = "global", PasswordHash = "x", CreatedAt = at, PasswordChangedAt = at,
                FailedSignIns = 3, Lockouts = 2, LockedUntil = at.AddMinutes(30), TotpSecret = "protected", TotpLastStep = 59_784_360, SecondFactorExempt = true,
            });
            db.SignInSessions.Add(new SignInSessionRecord
            {
                Id = "ses_1", Holder = SessionHolder.Officer, AccountId = "off_1", Stage = SignInStage.SecondFactor, CreatedAt = at, LastSeenAt = at,
                ExpiresAt = at.AddMinutes(10),
            });
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var user = await read.StaffUsers.AsNoTracking().SingleAsync();
        var session = await read.SignInSessions.AsNoTracking().SingleAsync(s => s.Holder == SessionHolder.Officer && s.ExpiresAt > at);

        Assert.Equal((3, 2, at.AddMinutes(30), "protected", 59_784_360L, true), (user.FailedSignIns, user.Lockouts, user.LockedUntil, user.TotpSecret, user.TotpLastStep, user.SecondFactorExempt));
        Assert.Equal((SignInStage.SecondFactor, at, at.AddMinutes(10), (DateTimeOffset?)null), (session.Stage, session.CreatedAt, session.ExpiresAt, session.EndedAt));
    }
}
