using Custos.Application.Customers.Import;
using Custos.Application.Sanctions.Lists;
using Custos.Application.Sanctions.Rescreen;
using Custos.Domain.Access;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.TestSupport;

/// <summary>Intent methods for sanctions screening: seed a list and customers, rescreen, decide an alert through the page.</summary>
public sealed partial class CustosTestServer
{
    /// <summary>
    /// Imports <see cref="SanctionsTestList"/>, three customers (Vladimir Putin with his date of birth; Anna Schmidt; Pierre
    /// Martin with the listed bitcoin address) with contact details the alert pages must not show, and rescreens: two
    /// alerts, a name alert for P1 and a wallet alert for P3.
    /// </summary>
    public async Task SeedSanctionsAlertsAsync()
    {
        var folder = TestEnvironment.NewTempDirectory("sanctions-seed");
        await using var scope = Services.CreateAsyncScope();
        var imported = await scope.ServiceProvider.GetRequiredService<SanctionsListImport>()
            .ImportFilesAsync(SanctionsTestList.Write(Path.Combine(folder, "list")), Actor.System);
        Check(imported.IsSuccess, imported.Errors);
        var customers = Path.Combine(folder, "customers");
        Directory.CreateDirectory(customers);
        await File.WriteAllTextAsync(Path.Combine(customers, "customers.csv"),
            "account_id,given_name,family_name,native_name,date_of_birth,place_of_birth,nationality,residence_country,email,phone,address_line,city,postal_code,status,opened_at\n" +
            "P1,Vladimir,Putin,Владимир Путин,1952-10-07,Leningrad,RU,RU,vvp@example.ru,+7 495 000-00-01,Kremlin Embankment 1,Moscow,103132,active,2021-01-01T00:00:00Z\n" +
            "P2,Anna,Schmidt,,1990-03-04,,DE,DE,anna@example.de,,,,,active,2021-01-01T00:00:00Z\n" +
            "P3,Pierre,Martin,,1985-06-01,,FR,FR,pierre@example.fr,,,,,active,2021-01-01T00:00:00Z\n");
        await File.WriteAllTextAsync(Path.Combine(customers, "wallets.csv"),
            "account_id,asset,address,created_at\nP3,BTC," + SanctionsTestList.ListedBtc + ",2021-01-02T00:00:00Z\n");
        var import = await scope.ServiceProvider.GetRequiredService<CustomerImport>().ImportAsync(customers, false, Actor.System);
        Check(import.IsSuccess, import.Errors);
        var rescreen = await scope.ServiceProvider.GetRequiredService<CustomerRescreen>().RescreenAsync(Actor.System);
        Check(rescreen.IsSuccess && rescreen.Value.AlertsRaised == 2, rescreen.Errors);
    }

    /// <summary>Confirms or dismisses an alert through its page's form, with its anti-forgery token.</summary>
    public static async Task<HttpResponseMessage> DecideAlertAsync(HttpClient client, string alertId, string handler, string reason)
    {
        ArgumentNullException.ThrowIfNull(client);
        var path = "/sanctions/alerts/" + alertId;
        var token = await AntiforgeryTokenAsync(client, "/");
        return await client.PostAsync(path + "?handler=" + handler, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Reason"] = reason,
            ["__RequestVerificationToken"] = token,
        }));
    }

    private static void Check(bool ok, IReadOnlyList<Domain.Common.Error> errors)
    {
        if (!ok)
        {
            throw new InvalidOperationException("Seeding sanctions failed: " + string.Join("; ", errors));
        }
    }
}
