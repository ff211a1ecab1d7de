using Custos.Domain.Common;
using Custos.Domain.Customers;

namespace Custos.Domain.Tests;

public class KebabCaseTests
{
    [Theory]
    [InlineData(KycDocumentKind.NationalId, "national-id")]
    [InlineData(KycDocumentKind.Passport, "passport")]
    [InlineData(KycDocumentKind.ProofOfAddress, "proof-of-address")]
    public void Format_PascalCaseMember_GivesKebabCase(KycDocumentKind kind, string expected) =>
        Assert.Equal(expected, KebabCase.Format(kind));

    [Fact]
    public void TryParse_EveryMemberOfEveryCustomerEnum_RoundTrips()
    {
        foreach (var status in Enum.GetValues<AccountStatus>())
        {
            Assert.True(KebabCase.TryParse<AccountStatus>(KebabCase.Format(status), out var parsed));
            Assert.Equal(status, parsed);
        }

        foreach (var kind in Enum.GetValues<TransactionKind>())
        {
            Assert.Equal(kind, KebabCase.Parse<TransactionKind>(KebabCase.Format(kind)));
        }
    }

    [Theory]
    [InlineData("Active")]
    [InlineData("ACTIVE")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("1")]
    public void TryParse_OtherSpellingOrNumber_IsRefused(string? text) =>
        Assert.False(KebabCase.TryParse<AccountStatus>(text, out _));

    [Fact]
    public void Parse_UnknownValue_ThrowsListingTheAllowedValues()
    {
        var error = Assert.Throws<FormatException>(() => KebabCase.Parse<AccountStatus>("frozen"));
        Assert.Contains("active, suspended, restricted, closed", error.Message, StringComparison.Ordinal);
    }
}
