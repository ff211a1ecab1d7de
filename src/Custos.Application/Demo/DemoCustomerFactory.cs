using System.Globalization;
using Custos.Application.Customers.Files;
using Custos.Domain.Customers;

namespace Custos.Application.Demo;

/// <summary>Makes one demo customer with identity, permits and KYC documents, then hands the activity to <see cref="DemoActivityFactory"/>.</summary>
internal sealed class DemoCustomerFactory(DemoRandom random, DemoDataOptions options, ICustomerDataSink sink)
{
    private static readonly DateTimeOffset s_historyStart = new(2016, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_donorsOpenedBy = new(2020, 12, 31, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly s_temporaryProtectionFrom = new(2022, 3, 4);
    private static readonly DateOnly s_temporaryProtectionUntil = new(2026, 3, 5);
    private readonly DateTimeOffset _end = new(options.ReferenceDate.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.Zero);
    private readonly DemoActivityFactory _activity = new(random, options, sink);

    public DemoActivityFactory Activity => _activity;

    public void Make(int index, bool donor)
    {
        var segment = donor && random.Chance(0.75) ? DemoSegments.Pick(random, DemoSegments.RussianNamed) : DemoSegments.Pick(random);
        var culture = segment.Culture;
        var female = random.Chance(0.42);
        var given = random.Pick(female ? culture.Female : culture.Male);
        var familyName = random.Pick(culture.Families);
        var family = female ? familyName.Female : familyName.Male;
        DemoName? patronymic = culture.Patronymics.Length > 0
            ? (female ? random.Pick(culture.Patronymics).Female : random.Pick(culture.Patronymics).Male)
            : null;

        var residence = DemoCountries.Get(segment.Residence);
        var birthCountry = DemoCountries.Get(random.Chance(0.85) ? segment.Nationality : culture.Nationality);

        var latestOpening = (donor ? s_donorsOpenedBy : _end.AddDays(-14));
        var opened = s_historyStart.AddSeconds(Math.Floor((latestOpening - s_historyStart).TotalSeconds * Math.Sqrt(random.NextDouble())));
        var temporaryProtection = segment.Permit == DemoPermit.TemporaryProtection && options.ReferenceDate > s_temporaryProtectionFrom.AddDays(30);
        var protectionFrom = s_temporaryProtectionFrom.AddDays(random.Next(300));
        if (temporaryProtection && !donor && DateOnly.FromDateTime(opened.UtcDateTime) < protectionFrom)
        {
            opened = new DateTimeOffset(protectionFrom.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddMinutes(random.Next(60 * 24 * 90));
            if (opened > _end)
            {
                opened = _end.AddDays(-1);
            }
        }

        var openedDate = DateOnly.FromDateTime(opened.UtcDateTime);
        var age = 18 + (int)(57 * Math.Pow(random.NextDouble(), 1.8));
        var birth = openedDate.AddYears(-age).AddDays(-random.Next(365));
        var birthCity = random.Pick(birthCountry.Cities);
        if (birthCity == "Saint Petersburg" && birth.Year < 1991)
        {
            birthCity = "Leningrad";
        }

        var accountId = (10_000_000 + (index * 13) + random.Next(13)).ToString(CultureInfo.InvariantCulture);
        var homePhone = segment.Residence != segment.Nationality && random.Chance(0.3) && DemoCountries.ByCode.ContainsKey(segment.Nationality)
            ? DemoCountries.Get(segment.Nationality)
            : residence;
        var customer = new Customer
        {
            AccountId = accountId,
            GivenName = given.Latin,
            FamilyName = family.Latin,
            NativeName = NativeName(culture.Order, given, family, patronymic),
            DateOfBirth = birth,
            PlaceOfBirth = birthCity,
            Nationality = segment.Nationality,
            ResidenceCountry = residence.Code,
            Email = random.Chance(0.97) ? Email(given.Latin, family.Latin, birth, residence) : null,
            Phone = random.Chance(0.9) ? random.Pattern(homePhone.PhonePattern) : null,
            AddressLine = DemoText.Address(random, residence),
            City = random.Pick(residence.Cities),
            PostalCode = residence.PostalPattern is { } postal ? random.Pattern(postal) : null,
            Status = donor ? AccountStatus.Active : Status(),
            OpenedAt = opened,
        };
        sink.Add(customer);

        var permits = Permits(accountId, segment, openedDate, temporaryProtection, protectionFrom);
        foreach (var permit in permits)
        {
            sink.Add(permit);
        }

        Documents(customer, segment, permits, birth, opened);
        _activity.Make(customer, segment, donor);
    }

    private static string? NativeName(NativeNameOrder order, DemoName given, DemoName family, DemoName? patronymic)
    {
        if (order == NativeNameOrder.None || given.Native is null || family.Native is null)
        {
            return null;
        }

        return order switch
        {
            NativeNameOrder.FamilyGivenPatronymic when patronymic is { Native: { } p } => $"{family.Native} {given.Native} {p}",
            NativeNameOrder.FamilyGivenPatronymic => $"{family.Native} {given.Native}",
            NativeNameOrder.GivenFamily => $"{given.Native} {family.Native}",
            _ => family.Native + given.Native,
        };
    }

    private string Email(string given, string family, DateOnly birth, DemoCountry residence)
    {
        var g = DemoText.AsciiLetters(given);
        var f = DemoText.AsciiLetters(family);
        var domain = random.Chance(0.45) ? random.Pick(DemoCountries.GlobalEmailDomains) : random.Pick(residence.EmailDomains);
        var yy = (birth.Year % 100).ToString("D2", CultureInfo.InvariantCulture);
        var local = random.Next(5) switch
        {
            0 => $"{g}.{f}",
            1 => $"{g}{f}{random.TwoDigits()}",
            2 => $"{g[0]}.{f}{yy}",
            3 => $"{f}_{g}",
            _ => $"{g}.{f}.{random.Next(1000).ToString(CultureInfo.InvariantCulture)}",
        };
        return $"{local}@{domain}";
    }

    private AccountStatus Status() => random.NextDouble() switch
    {
        < 0.91 => AccountStatus.Active,
        < 0.94 => AccountStatus.Suspended,
        < 0.97 => AccountStatus.Restricted,
        _ => AccountStatus.Closed,
    };

    private List<ResidencePermit> Permits(string accountId, DemoSegment segment, DateOnly opened, bool temporaryProtection, DateOnly protectionFrom)
    {
        var permits = new List<ResidencePermit>();
        if (segment.Permit == DemoPermit.None)
        {
            return permits;
        }

        if (temporaryProtection)
        {
            permits.Add(new ResidencePermit
            {
                AccountId = accountId, Country = segment.Residence, Kind = ResidencePermitKind.Temporary,
                ValidFrom = protectionFrom, ValidUntil = s_temporaryProtectionUntil,
            });
            return permits;
        }

        var from = opened.AddDays(-random.Next(3 * 365));
        if (segment.Permit == DemoPermit.Permanent || random.Chance(0.45))
        {
            permits.Add(new ResidencePermit { AccountId = accountId, Country = segment.Residence, Kind = ResidencePermitKind.Permanent, ValidFrom = from });
            return permits;
        }

        var until = from.AddYears(1 + random.Next(3));
        permits.Add(new ResidencePermit { AccountId = accountId, Country = segment.Residence, Kind = ResidencePermitKind.Temporary, ValidFrom = from, ValidUntil = until });
        if (until < options.ReferenceDate && random.Chance(0.6))
        {
            // Renewed: a second permit from the day the first ended.
            var permanent = random.Chance(0.3);
            permits.Add(new ResidencePermit
            {
                AccountId = accountId, Country = segment.Residence,
                Kind = permanent ? ResidencePermitKind.Permanent : ResidencePermitKind.Temporary,
                ValidFrom = until, ValidUntil = permanent ? null : until.AddYears(2),
            });
        }

        return permits;
    }

    private void Documents(Customer customer, DemoSegment segment, List<ResidencePermit> permits, DateOnly birth, DateTimeOffset opened)
    {
        var verified = opened.AddMinutes(5 + random.Next(60 * 24 * 3));
        var openedDate = DateOnly.FromDateTime(opened.UtcDateTime);
        var nationality = DemoCountries.ByCode.TryGetValue(segment.Nationality, out var n) ? n : null;
        var national = nationality?.NationalIdPattern is not null && random.Chance(segment.Nationality == "RU" && segment.Residence == "RU" ? 0.5 : 0.35);
        Identity(customer.AccountId, segment.Nationality, national ? KycDocumentKind.NationalId : KycDocumentKind.Passport,
            national ? nationality!.NationalIdPattern! : nationality?.PassportPattern ?? "########", birth, openedDate, verified);
        if (segment.SecondPassport is { } second)
        {
            Identity(customer.AccountId, second, KycDocumentKind.Passport, DemoCountries.Get(second).PassportPattern, birth, openedDate,
                verified.AddDays(random.Next(400)));
        }

        foreach (var permit in permits)
        {
            sink.Add(new KycDocument
            {
                AccountId = customer.AccountId, Kind = KycDocumentKind.ResidencePermit, IssuingCountry = permit.Country,
                Number = random.Pattern("AA#######"), IssuedOn = permit.ValidFrom, ExpiresOn = permit.ValidUntil,
                VerifiedAt = Later(verified, permit.ValidFrom),
            });
        }

        if (random.Chance(0.25))
        {
            sink.Add(new KycDocument
            {
                AccountId = customer.AccountId, Kind = KycDocumentKind.ProofOfAddress, IssuingCountry = customer.ResidenceCountry,
                Number = random.Pattern("POA-########"), IssuedOn = openedDate.AddDays(-random.Next(80)), VerifiedAt = verified,
            });
        }

        if (random.Chance(0.08))
        {
            Identity(customer.AccountId, customer.ResidenceCountry, KycDocumentKind.DrivingLicence, "**#######", birth, openedDate, verified);
        }
    }

    private void Identity(string accountId, string country, KycDocumentKind kind, string pattern, DateOnly birth, DateOnly opened, DateTimeOffset verified)
    {
        var earliest = birth.AddYears(16);
        var issued = opened.AddDays(-random.Next(9 * 365));
        if (issued < earliest)
        {
            issued = earliest < opened ? earliest : opened.AddDays(-1);
        }

        sink.Add(new KycDocument
        {
            AccountId = accountId, Kind = kind, IssuingCountry = country, Number = random.Pattern(pattern),
            IssuedOn = issued, ExpiresOn = issued.AddYears(10), VerifiedAt = verified,
        });
    }

    private DateTimeOffset Later(DateTimeOffset verified, DateOnly date)
    {
        var at = new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero).AddMinutes(random.Next(600));
        var result = at > verified ? at : verified;
        return result > _end ? _end : result;
    }
}
