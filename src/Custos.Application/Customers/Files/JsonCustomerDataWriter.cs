using System.Text.Json;
using Custos.Domain.Common;
using Custos.Domain.Customers;
using static Custos.Application.Customers.Files.CustomerDataFormat;

namespace Custos.Application.Customers.Files;

/// <summary>Writes a data set in the documented JSON form: items nested in their customer, absent values left out.</summary>
internal static class JsonCustomerDataWriter
{
    public static void Write(CustomerDataSet data, Stream stream)
    {
        var permits = data.ResidencePermits.ToLookup(p => p.AccountId, StringComparer.Ordinal);
        var documents = data.KycDocuments.ToLookup(d => d.AccountId, StringComparer.Ordinal);
        var wallets = data.Wallets.ToLookup(w => w.AccountId, StringComparer.Ordinal);
        var transactions = data.Transactions.ToLookup(t => t.AccountId, StringComparer.Ordinal);
        var logins = data.Logins.ToLookup(l => l.AccountId, StringComparer.Ordinal);
        var holdings = data.Holdings.ToLookup(h => h.AccountId, StringComparer.Ordinal);
        long written = 0;

        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("formatVersion", CustomerDataFiles.JsonFormatVersion);
        json.WriteStartArray("customers");
        foreach (var c in data.Customers)
        {
            json.WriteStartObject();
            json.WriteString("accountId", c.AccountId);
            json.WriteString("givenName", c.GivenName);
            json.WriteString("familyName", c.FamilyName);
            Optional(json, "nativeName", c.NativeName);
            Optional(json, "dateOfBirth", FormatDate(c.DateOfBirth));
            Optional(json, "placeOfBirth", c.PlaceOfBirth);
            Optional(json, "nationality", c.Nationality);
            json.WriteString("residenceCountry", c.ResidenceCountry);
            Optional(json, "email", c.Email);
            Optional(json, "phone", c.Phone);
            Optional(json, "addressLine", c.AddressLine);
            Optional(json, "city", c.City);
            Optional(json, "postalCode", c.PostalCode);
            json.WriteString("status", KebabCase.Format(c.Status));
            json.WriteString("openedAt", FormatTimestamp(c.OpenedAt));
            written += Items(json, "residencePermits", permits[c.AccountId], static (j, p) =>
            {
                j.WriteString("country", p.Country);
                j.WriteString("kind", KebabCase.Format(p.Kind));
                j.WriteString("validFrom", FormatDate(p.ValidFrom));
                Optional(j, "validUntil", FormatDate(p.ValidUntil));
            });
            written += Items(json, "kycDocuments", documents[c.AccountId], static (j, d) =>
            {
                j.WriteString("kind", KebabCase.Format(d.Kind));
                j.WriteString("issuingCountry", d.IssuingCountry);
                j.WriteString("number", d.Number);
                Optional(j, "issuedOn", FormatDate(d.IssuedOn));
                Optional(j, "expiresOn", FormatDate(d.ExpiresOn));
                j.WriteString("verifiedAt", FormatTimestamp(d.VerifiedAt));
            });
            written += Items(json, "wallets", wallets[c.AccountId], static (j, w) =>
            {
                j.WriteString("asset", w.Asset);
                j.WriteString("address", w.Address);
                j.WriteString("createdAt", FormatTimestamp(w.CreatedAt));
            });
            written += Items(json, "transactions", transactions[c.AccountId], static (j, t) =>
            {
                j.WriteString("transactionId", t.TransactionId);
                j.WriteString("kind", KebabCase.Format(t.Kind));
                j.WriteString("occurredAt", FormatTimestamp(t.OccurredAt));
                j.WriteString("asset", t.Asset);
                j.WriteNumber("amount", t.Amount);
                Optional(j, "walletAddress", t.WalletAddress);
                Optional(j, "counterpartyAddress", t.CounterpartyAddress);
                Optional(j, "txHash", t.TxHash);
                Optional(j, "counterAsset", t.CounterAsset);
                if (t.CounterAmount is { } counterAmount)
                {
                    j.WriteNumber("counterAmount", counterAmount);
                }
            });
            written += Items(json, "logins", logins[c.AccountId], static (j, l) =>
            {
                j.WriteString("loginId", l.LoginId);
                j.WriteString("occurredAt", FormatTimestamp(l.OccurredAt));
                j.WriteString("ipAddress", l.IpAddress);
                Optional(j, "device", l.Device);
            });
            written += Items(json, "holdings", holdings[c.AccountId], static (j, h) =>
            {
                j.WriteString("asset", h.Asset);
                j.WriteNumber("amount", h.Amount);
                j.WriteString("asOf", FormatDate(h.AsOf));
            });
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();

        var total = (long)data.ResidencePermits.Count + data.KycDocuments.Count + data.Wallets.Count + data.Transactions.Count
            + data.Logins.Count + data.Holdings.Count;
        if (written != total)
        {
            throw new InvalidOperationException(
                $"{total - written} items refer to account ids that are not customers of the data set; the JSON form cannot hold them.");
        }
    }

    private static int Items<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        var count = 0;
        foreach (var item in items)
        {
            if (count++ == 0)
            {
                json.WriteStartArray(name);
            }

            json.WriteStartObject();
            write(json, item);
            json.WriteEndObject();
        }

        if (count > 0)
        {
            json.WriteEndArray();
        }

        return count;
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
