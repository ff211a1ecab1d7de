using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Custos.Application.Requests;
using Custos.Domain.Intake;
using Custos.Domain.Requests;
using Custos.Domain.Staff;
using Custos.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Web.Tests;

/// <summary>Intake tells the truth and refuses what it should (issue 9): each test failed before its fix.</summary>
public class IntakeHardeningTests
{
    private const string Subpoena = """
        {
          "reference": "DEA-2025-00412",
          "kind": "production",
          "officer": { "name": "Julia Ortiz", "title": "Special Agent", "email": "j.ortiz@dea.gov" },
          "legalProcess": { "type": "administrative-subpoena", "reference": "DEA-MIA-25-0087", "issuer": "DEA", "issuedOn": "2025-03-07", "signed": true, "legalBasis": "21 U.S.C. 876" },
          "offence": { "description": "Distribution of controlled substances", "categories": ["drug-trafficking"], "maxPenaltyYears": 20 },
          "targets": [ { "type": "account", "value": "C-100234", "role": "suspect" } ],
          "dataCategories": ["subscriber"],
          "dateRange": { "from": "2024-01-01", "to": "2025-03-01" }
        }
        """;

    private static readonly string[] DotNetWords = ["System.", "Custos.", "Nullable", "BytePositionInLine", "Expected depth"];

    [Fact]
    public async Task Submit_EmptyRequest_IsIncompleteAndTheAgencySeesWhatIsMissing()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        using var agency = await server.AgencyWithKeyAsync();

        using var created = await agency.PostRequestAsync("""{"kind":"production"}""");
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetString()!;
        var read = await agency.GetRequestAsync(id);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True("incomplete" == body.GetProperty("status").GetString(), body.ToString());
        var missing = read.GetProperty("missing").EnumerateArray().Select(m => m.GetString()!).ToArray();
        Assert.True(missing.Any(m => m.Contains("officer", StringComparison.Ordinal)), string.Join(" | ", missing));
        Assert.Contains(missing, m => m.Contains("target", StringComparison.Ordinal));
        Assert.Equal(missing, body.GetProperty("missing").EnumerateArray().Select(m => m.GetString()!).ToArray());
        var details = await server.RequestDetailsAsync(id);
        Assert.Null(details!.Summary.Deadline);
        Assert.DoesNotContain(details.Transitions, t => t.ToStatus == Domain.Lifecycle.RequestStatus.UnderReview);
        // Reviewers still see the whole report, not only what is missing.
        Assert.Equal(details.Scrutiny!.Findings.Count(f => f.Family == IntakeFindings.Family && f.Severity == Domain.Policy.FindingSeverity.Blocking), missing.Length);
        Assert.NotNull(details.Summary.Recommendation);
    }

    [Fact]
    public async Task Submit_ReceiptChannelAndAgencyLeftOutOrMadeUp_CustosSetsThem()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        using var agency = await server.AgencyWithKeyAsync();
        var madeUp = Subpoena.Replace("\"kind\": \"production\",",
            "\"kind\": \"production\", \"receivedAt\": \"1999-01-01T00:00:00Z\", \"channel\": \"in-person\", \"agency\": { \"name\": \"Someone Else\", \"country\": \"RU\" },",
            StringComparison.Ordinal);

        var plain = await agency.SubmitRequestAsync(Subpoena);
        var overridden = await agency.SubmitRequestAsync(madeUp);

        foreach (var id in new[] { plain, overridden })
        {
            var details = (await server.RequestDetailsAsync(id))!;
            Assert.Equal(("Drug Enforcement Administration", "US", RequestChannel.Api), (details.Request.Agency.Name, details.Request.Agency.Country, details.Request.Channel));
            Assert.True(details.Request.ReceivedAt > DateTimeOffset.UtcNow.AddMinutes(-5));
        }
    }

    [Theory]
    [InlineData("\"maxPenaltyYears\": 20", "\"maxPenaltyYears\": \"ten\"", "a whole number")]
    [InlineData("\"signed\": true", "\"signed\": \"yes\"", "true or false")]
    [InlineData("\"kind\": \"production\",", "\"kind\": \"production\", \"kind\": \"freeze\",", "more than once")]
    [InlineData("\"reference\": \"DEA-2025-00412\",", "\"reference\": \"DEA-2025-00412\"", "',' or a closing bracket is missing")]
    [InlineData("\"reference\": \"DEA-2025-00412\",", "\"reference\" \"DEA-2025-00412\",", "':' is missing")]
    public async Task Submit_BadJson_IsRefusedInPlainWords(string find, string replace, string expected)
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        using var agency = await server.AgencyWithKeyAsync();

        using var response = await agency.PostRequestAsync(Subpoena.Replace(find, replace, StringComparison.Ordinal));
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, detail, StringComparison.Ordinal);
        Assert.DoesNotContain(DotNetWords, word => detail.Contains(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"targets\": [ { \"type\": \"account\", \"value\": \"C-100234\", \"role\": \"suspect\" } ]", "\"targets\": [null]", "targets[0]")]
    [InlineData("\"maxPenaltyYears\": 20", "\"maxPenaltyYears\": -3", "offence.maxPenaltyYears")]
    [InlineData("\"reference\": \"DEA-2025-00412\"", "\"reference\": \"DEA-2025\\u0000-00412\"", "reference")]
    [InlineData("\"reference\": \"DEA-2025-00412\"", "\"reference\": \"DEA-2025\\n00412\"", "reference")]
    [InlineData("\"description\": \"Distribution of controlled substances\"", "\"description\": \"Distribution of \\u202Esecnatsbus dellortnoc\"", "offence.description")]
    public async Task Submit_HostileValue_IsRefusedNamingTheFieldAndNothingIsStored(string find, string replace, string field)
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        using var agency = await server.AgencyWithKeyAsync();

        using var response = await agency.PostRequestAsync(Subpoena.Replace(find, replace, StringComparison.Ordinal));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("field").GetString() == field);
        Assert.Equal(0, (await agency.ListRequestsAsync()).GetArrayLength());
    }

    [Fact]
    public async Task Submit_LongReferenceAndTooManyTargets_AreBounded()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        using var agency = await server.AgencyWithKeyAsync();
        var targets = string.Join(",", Enumerable.Range(0, RequestShape.MaxTargets + 1).Select(i => $"{{ \"type\": \"account\", \"value\": \"C-{i}\" }}"));

        using var longReference = await agency.PostRequestAsync(Subpoena.Replace("DEA-2025-00412", new string('R', 200_000), StringComparison.Ordinal));
        using var manyTargets = await agency.PostRequestAsync(Subpoena.Replace("{ \"type\": \"account\", \"value\": \"C-100234\", \"role\": \"suspect\" }", targets, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, longReference.StatusCode);
        Assert.Contains("At most 200 characters", await longReference.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, manyTargets.StatusCode);
        Assert.Contains("\"targets\"", await manyTargets.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_RequestAsAMultipartField_IsBoundLikeAFilePart()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        using var agency = await server.AgencyWithKeyAsync();
        var huge = Subpoena.Replace("\"targets\": [", "\"targets\": [" + string.Concat(Enumerable.Repeat("{ \"type\": \"account\", \"value\": \"C-1\" },", 20_000)), StringComparison.Ordinal);
        using var form = new MultipartFormDataContent { { new StringContent(huge, Encoding.UTF8), "request" } };

        using var response = await agency.Http.PostAsync("/api/v1/requests", form);

        Assert.True(HttpStatusCode.RequestEntityTooLarge == response.StatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal(0, (await agency.ListRequestsAsync()).GetArrayLength());
    }

    [Fact]
    public async Task Submit_InvalidUtf8_IsRefusedAndAByteOrderMarkIsAccepted()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        using var agency = await server.AgencyWithKeyAsync();
        var utf8 = Encoding.UTF8.GetBytes(Subpoena);
        byte[] broken = [.. utf8[..20], 0xC3, 0x28, .. utf8[20..]];
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. utf8];

        using var refused = await agency.Http.PostAsync("/api/v1/requests", Bytes(broken));
        using var accepted = await agency.Http.PostAsync("/api/v1/requests", Bytes(withBom));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("not valid UTF-8", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Theory]
    [InlineData("../../etc/subpoena.pdf")]
    [InlineData("subpoena\u202Efdp.exe")]
    [InlineData("sub\u0007poena.pdf")]
    public async Task Submit_DocumentNameWithPathOrControls_IsRefusedNotRenamed(string name)
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        using var agency = await server.AgencyWithKeyAsync();
        var file = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.7\nsigned\n%%EOF"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"documents\"", FileNameStar = name };
        using var form = new MultipartFormDataContent { { new StringContent(Subpoena, Encoding.UTF8, "application/json"), "request" }, file };

        using var response = await agency.Http.PostAsync("/api/v1/requests", form);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("code").GetString() == "request.document-name-invalid");
    }

    [Fact]
    public async Task Download_Document_IsSentWithNoSniff()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        using var agency = await server.AgencyWithKeyAsync();
        var file = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.7\nsigned\n%%EOF"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var form = new MultipartFormDataContent { { new StringContent(Subpoena, Encoding.UTF8, "application/json"), "request" }, { file, "documents", "subpoena.pdf" } };
        var created = await (await agency.Http.PostAsync("/api/v1/requests", form)).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString()!;
        var document = created.GetProperty("documents")[0].GetProperty("id").GetString()!;

        using var download = await agency.Http.GetAsync($"/api/v1/requests/{id}/documents/{document}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Message_ToAClosedRequest_IsRefusedAndTheRefusalSpeaksPlainly()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        using var agency = await server.AgencyWithKeyAsync();
        var id = await agency.SubmitRequestAsync(Subpoena);
        Assert.Equal(HttpStatusCode.OK, (await agency.Http.PostAsJsonAsync($"/api/v1/requests/{id}/withdraw", new { reason = "Case closed." })).StatusCode);

        using var message = await agency.AnswerAsync(id, "One more thing.");
        using var again = await agency.Http.PostAsJsonAsync($"/api/v1/requests/{id}/withdraw", new { reason = "Again." });

        Assert.Equal(HttpStatusCode.Conflict, message.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("cannot be withdrawn", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await agency.GetRequestAsync(id)).GetProperty("messages").EnumerateArray());
    }

    [Fact]
    public async Task InformalApproach_RecordedAgainstAnAgency_IsInvisibleToThatAgency()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        using var agency = await server.AgencyWithKeyAsync();
        string approach;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var receipt = await scope.ServiceProvider.GetRequiredService<RequestIntake>().SubmitAsync(new IntakeSubmission
            {
                Request = new DataRequest { ReceivedAt = DateTimeOffset.UtcNow.AddHours(-1), Channel = RequestChannel.InPerson, Kind = RequestKind.Production },
                Source = IntakeSource.Analyst,
                Actor = TestStaff.Analyst(),
                AgencyId = agency.AgencyId,
                Informal = true,
                Note = "An agent asked over lunch for the donors' names.",
            });
            approach = receipt.Value.RequestId;
        }

        Assert.Equal(0, (await agency.ListRequestsAsync()).GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await agency.Http.GetAsync($"/api/v1/requests/{approach}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agency.Http.PostAsJsonAsync($"/api/v1/requests/{approach}/withdraw", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agency.AnswerAsync(approach, "hello")).StatusCode);
    }

    [Fact]
    public async Task Api_UnknownPathWrongMethodWrongMediaType_AnswerTheirStatusAsProblems()
    {
        await using var server = await CustosTestServer.StartAsync(providerCountry: "US");
        using var agency = await server.AgencyWithKeyAsync();
        using var anonymous = server.NewClient();

        using var unknown = await anonymous.GetAsync("/api/v1/no-such-thing");
        using var unknownWithKey = await agency.Http.GetAsync("/api/v1/requests/x/y/z");
        using var method = await agency.Http.DeleteAsync("/api/v1/requests");
        using var media = await agency.Http.PostAsync("/api/v1/requests", new StringContent(Subpoena, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, unknownWithKey.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, method.StatusCode);
        Assert.Equal("application/problem+json", method.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, media.StatusCode);
        Assert.Equal("application/problem+json", media.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Console_MissingPage_SignedIn_IsAnHtmlPage()
    {
        await using var server = await CustosTestServer.StartAsync();
        await server.CreateStaffAsync("legal", [StaffRole.LegalReviewer]);
        using var client = server.NewClient();
        await CustosTestServer.SignInAsync(client, "legal");

        using var missing = await client.GetAsync("/no-such-page");
        var html = await missing.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("text/html", missing.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
    }

    private static ByteArrayContent Bytes(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
