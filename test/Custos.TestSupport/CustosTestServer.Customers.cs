using Custos.Application.Access;
using Custos.Application.Customers.Files;
using Custos.Application.Customers.Import;
using Custos.Application.Demo;
using Custos.Domain.Access;
using Custos.Domain.Customers;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.TestSupport;

/// <summary>Intent methods for customer data and for staff who reach it through the console or a staff API key.</summary>
public sealed partial class CustosTestServer
{
    /// <summary>Generates <paramref name="count"/> demo customers and imports them as the command line would; returns them.</summary>
    public async Task<CustomerDataSet> ImportDemoCustomersAsync(int count = 40, int seed = 7)
    {
        var data = new DemoDataGenerator(new DemoDataOptions { CustomerCount = count, Seed = seed }).Generate();
        var folder = TestEnvironment.NewTempDirectory("customers");
        CustomerDataWriter.WriteDirectory(data, folder);
        await using var scope = Services.CreateAsyncScope();
        var imported = await scope.ServiceProvider.GetRequiredService<CustomerImport>().ImportAsync(folder, false, Actor.CommandLine);
        return imported.IsSuccess ? data : throw new InvalidOperationException(string.Join("; ", imported.Errors));
    }

    /// <summary>A member of staff with <paramref name="roles"/>, signed in to the console through the sign-in page.</summary>
    public async Task<HttpClient> SignedInStaffAsync(string username, string[] roles, string region = "global")
    {
        await CreateStaffAsync(username, roles, region);
        var client = NewClient();
        using var response = await SignInAsync(client, username);
        return response.StatusCode == System.Net.HttpStatusCode.Redirect
            ? client
            : throw new InvalidOperationException($"{username} could not sign in: {response.StatusCode}.");
    }

    /// <summary>A client presenting a new staff API key of <paramref name="userId"/> (as <c>custos apikeys create --user</c> makes).</summary>
    public async Task<HttpClient> StaffKeyClientAsync(string userId)
    {
        await using var scope = Services.CreateAsyncScope();
        var key = await scope.ServiceProvider.GetRequiredService<ApiKeys>().CreateAsync("test key", userId, null, null, Actor.CommandLine);
        var client = NewClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key.IsSuccess ? key.Value.Key : throw new InvalidOperationException(string.Join("; ", key.Errors)));
        return client;
    }
}
