using Custos.Domain.Customers;
using static Custos.Application.Customers.Files.CustomerFileSchema;

namespace Custos.Application.Customers.Files;

/// <summary>
/// Turns the checked values of one record into a model record and adds it to the session's data set, checking keys
/// and references. The same code serves the CSV and the JSON form.
/// </summary>
internal static class CustomerRecordBuilder
{
    public static void Add(RecordFields f)
    {
        var schema = f.Schema;
        if (ReferenceEquals(schema, CustomerFileSchema.Customers))
        {
            AddCustomer(f);
        }
        else if (ReferenceEquals(schema, ResidencePermits))
        {
            AddPermit(f);
        }
        else if (ReferenceEquals(schema, KycDocuments))
        {
            AddKycDocument(f);
        }
        else if (ReferenceEquals(schema, Wallets))
        {
            AddWallet(f);
        }
        else if (ReferenceEquals(schema, Transactions))
        {
            AddTransaction(f);
        }
        else if (ReferenceEquals(schema, Logins))
        {
            AddLogin(f);
        }
        else if (ReferenceEquals(schema, Holdings))
        {
            AddHolding(f);
        }
        else
        {
            throw new InvalidOperationException($"No builder for {schema.FileName}.");
        }
    }

    /// <summary>The account id of a customer record, registered at once so that its items are not reported as dangling.</summary>
    public static string? RegisterAccount(RecordFields f)
    {
        var accountId = f.Text(CustomerColumns.AccountId);
        if (accountId is not null && !f.Session.AddAccount(accountId))
        {
            f.Fail(CustomerColumns.AccountId, $"account '{accountId}' appears more than once", CustomerDataErrors.DuplicateKey);
        }

        return accountId;
    }

    private static void AddCustomer(RecordFields f)
    {
        var accountId = RegisterAccount(f);
        var customer = new Customer
        {
            AccountId = accountId ?? "",
            GivenName = f.RequiredText(CustomerColumns.GivenName),
            FamilyName = f.RequiredText(CustomerColumns.FamilyName),
            NativeName = f.Text(CustomerColumns.NativeName),
            DateOfBirth = f.Date(CustomerColumns.DateOfBirth),
            PlaceOfBirth = f.Text(CustomerColumns.PlaceOfBirth),
            Nationality = f.Country(CustomerColumns.Nationality),
            ResidenceCountry = f.Country(CustomerColumns.ResidenceCountry) ?? "",
            Email = f.Email(CustomerColumns.Email),
            Phone = f.Text(CustomerColumns.Phone),
            AddressLine = f.Text(CustomerColumns.AddressLine),
            City = f.Text(CustomerColumns.City),
            PostalCode = f.Text(CustomerColumns.PostalCode),
            Status = f.Enum<AccountStatus>(CustomerColumns.Status),
            OpenedAt = f.Timestamp(CustomerColumns.OpenedAt),
        };
        if (!f.HasErrors)
        {
            f.Session.Accept(customer, f.LineOf(CustomerColumns.AccountId));
        }
        else if (accountId is not null)
        {
            f.Session.CustomerRejected(accountId);
        }
    }

    private static void AddPermit(RecordFields f)
    {
        var accountId = f.RequiredText(PermitColumns.AccountId);
        var permit = new ResidencePermit
        {
            AccountId = accountId,
            Country = f.Country(PermitColumns.Country) ?? "",
            Kind = f.Enum<ResidencePermitKind>(PermitColumns.Kind),
            ValidFrom = f.RequiredDate(PermitColumns.ValidFrom),
            ValidUntil = f.Date(PermitColumns.ValidUntil),
        };
        if (permit.ValidUntil is { } until && until <= permit.ValidFrom && !f.HasErrors)
        {
            f.Fail(PermitColumns.ValidUntil, "must be after valid_from (valid_until is the first day the permit is no longer valid)");
        }

        f.CheckAccountReference(PermitColumns.AccountId, accountId);
        if (!f.HasErrors)
        {
            f.Session.Accept(permit, f.Line);
        }
    }

    private static void AddKycDocument(RecordFields f)
    {
        var accountId = f.RequiredText(KycColumns.AccountId);
        var document = new KycDocument
        {
            AccountId = accountId,
            Kind = f.Enum<KycDocumentKind>(KycColumns.Kind),
            IssuingCountry = f.Country(KycColumns.IssuingCountry) ?? "",
            Number = f.RequiredText(KycColumns.Number),
            IssuedOn = f.Date(KycColumns.IssuedOn),
            ExpiresOn = f.Date(KycColumns.ExpiresOn),
            VerifiedAt = f.Timestamp(KycColumns.VerifiedAt),
        };
        if (document is { IssuedOn: { } issued, ExpiresOn: { } expires } && expires <= issued && !f.HasErrors)
        {
            f.Fail(KycColumns.ExpiresOn, "must be after issued_on");
        }

        f.CheckAccountReference(KycColumns.AccountId, accountId);
        if (!f.HasErrors)
        {
            f.Session.Accept(document, f.Line);
        }
    }

    private static void AddWallet(RecordFields f)
    {
        var accountId = f.RequiredText(WalletColumns.AccountId);
        var wallet = new Wallet
        {
            AccountId = accountId,
            Asset = f.Asset(WalletColumns.Asset),
            Address = f.RequiredText(WalletColumns.Address),
            CreatedAt = f.Timestamp(WalletColumns.CreatedAt),
        };
        if (!f.HasErrors && !f.Session.AddWallet(wallet.Asset, wallet.Address))
        {
            f.Fail(WalletColumns.Address, $"{wallet.Asset} address '{wallet.Address}' appears more than once", CustomerDataErrors.DuplicateKey);
        }

        f.CheckAccountReference(WalletColumns.AccountId, accountId);
        if (!f.HasErrors)
        {
            f.Session.Accept(wallet, f.LineOf(WalletColumns.Address));
        }
    }

    private static void AddTransaction(RecordFields f)
    {
        var transactionId = f.RequiredText(TransactionColumns.TransactionId);
        if (transactionId.Length > 0 && !f.Session.AddTransaction(transactionId))
        {
            f.Fail(TransactionColumns.TransactionId, $"transaction '{transactionId}' appears more than once", CustomerDataErrors.DuplicateKey);
        }

        var accountId = f.RequiredText(TransactionColumns.AccountId);
        var transaction = new Transaction
        {
            TransactionId = transactionId,
            AccountId = accountId,
            Kind = f.Enum<TransactionKind>(TransactionColumns.Kind),
            OccurredAt = f.Timestamp(TransactionColumns.OccurredAt),
            Asset = f.Asset(TransactionColumns.Asset),
            Amount = f.RequiredAmount(TransactionColumns.Amount),
            WalletAddress = f.Text(TransactionColumns.WalletAddress),
            CounterpartyAddress = f.Text(TransactionColumns.CounterpartyAddress),
            TxHash = f.Text(TransactionColumns.TxHash),
            CounterAsset = f.Text(TransactionColumns.CounterAsset) is null ? null : f.Asset(TransactionColumns.CounterAsset),
            CounterAmount = f.Amount(TransactionColumns.CounterAmount),
        };
        if (transaction.Kind == TransactionKind.Trade && !f.HasErrors)
        {
            if (transaction.CounterAsset is null)
            {
                f.Fail(TransactionColumns.CounterAsset, "a trade needs the asset given in exchange", CustomerDataErrors.MissingValue);
            }

            if (transaction.CounterAmount is null)
            {
                f.Fail(TransactionColumns.CounterAmount, "a trade needs the amount given in exchange", CustomerDataErrors.MissingValue);
            }
        }

        f.CheckAccountReference(TransactionColumns.AccountId, accountId);
        if (!f.HasErrors)
        {
            f.Session.Accept(transaction, f.LineOf(TransactionColumns.TransactionId));
        }
    }

    private static void AddLogin(RecordFields f)
    {
        var loginId = f.RequiredText(LoginColumns.LoginId);
        if (loginId.Length > 0 && !f.Session.AddLogin(loginId))
        {
            f.Fail(LoginColumns.LoginId, $"login '{loginId}' appears more than once", CustomerDataErrors.DuplicateKey);
        }

        var accountId = f.RequiredText(LoginColumns.AccountId);
        var login = new LoginEvent
        {
            LoginId = loginId,
            AccountId = accountId,
            OccurredAt = f.Timestamp(LoginColumns.OccurredAt),
            IpAddress = f.IpAddress(LoginColumns.IpAddress),
            Device = f.Text(LoginColumns.Device),
        };
        f.CheckAccountReference(LoginColumns.AccountId, accountId);
        if (!f.HasErrors)
        {
            f.Session.Accept(login, f.LineOf(LoginColumns.LoginId));
        }
    }

    private static void AddHolding(RecordFields f)
    {
        var accountId = f.RequiredText(HoldingColumns.AccountId);
        var holding = new Holding
        {
            AccountId = accountId,
            Asset = f.Asset(HoldingColumns.Asset),
            Amount = f.RequiredAmount(HoldingColumns.Amount),
            AsOf = f.RequiredDate(HoldingColumns.AsOf),
        };
        if (!f.HasErrors && !f.Session.AddHolding(accountId, holding.Asset, holding.AsOf))
        {
            f.Fail(HoldingColumns.Asset, $"a {holding.Asset} holding of account '{accountId}' on {CustomerDataFormat.FormatDate(holding.AsOf)} appears more than once",
                CustomerDataErrors.DuplicateKey);
        }

        f.CheckAccountReference(HoldingColumns.AccountId, accountId);
        if (!f.HasErrors)
        {
            f.Session.Accept(holding, f.LineOf(HoldingColumns.Asset));
        }
    }
}
