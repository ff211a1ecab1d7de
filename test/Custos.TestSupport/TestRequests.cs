using Custos.Domain.Lifecycle;
using Custos.Domain.Requests;
using Custos.Storage;
using Custos.Storage.Entities;

namespace Custos.TestSupport;

/// <summary>Requests for tests: bare rows for what merely refers to a request, and an agency's submission.</summary>
public static class TestRequests
{
    /// <summary>
    /// A DEA administrative subpoena for the subscriber data of one target (the agency API's JSON): by default an account,
    /// or another target type (<c>email</c>, <c>wallet</c> …) given its value; <paramref name="reference"/> is the
    /// agency's own reference, which must differ between submissions an agency wants taken as distinct.
    /// </summary>
    public static string SubpoenaFor(string value, string type = "account", string reference = "DEA-2025-00412") => $$"""
        {
          "reference": "{{reference}}",
          "kind": "production",
          "officer": { "name": "Julia Ortiz", "title": "Special Agent", "email": "j.ortiz@dea.gov" },
          "legalProcess": { "type": "administrative-subpoena", "reference": "DEA-MIA-25-0087", "issuer": "DEA", "issuedOn": "2025-03-07", "signed": true, "legalBasis": "21 U.S.C. 876" },
          "offence": { "description": "Distribution of controlled substances", "categories": ["drug-trafficking"], "maxPenaltyYears": 20 },
          "targets": [ { "type": "{{type}}", "value": "{{value}}", "role": "suspect" } ],
          "dataCategories": ["subscriber"],
          "dateRange": { "from": "2024-01-01", "to": "2025-03-01" }
        }
        """;

    /// <summary>Adds and saves a received production request <paramref name="id"/> with no agency, targets or documents.</summary>
    public static async Task AddAsync(CustosDbContext db, string id, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Requests.Add(new RequestRecord
        {
            Id = id,
            Channel = RequestChannel.Post,
            Kind = RequestKind.Production,
            Status = RequestStatus.Received,
            Informal = false,
            ReceivedAt = at,
            SubmittedBy = "cli",
            Payload = "{}",
            CreatedAt = at,
            UpdatedAt = at,
            RowVersion = 1,
        });
        await db.SaveChangesAsync();
    }
}
