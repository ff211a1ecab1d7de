using System.Globalization;
using Custos.Domain.Customers;

namespace Custos.Domain.Tests;

public class CustomerSearchTextTests
{
    [Theory]
    [InlineData("İSTANBUL", "istanbul")]
    [InlineData("Işık", "isik")]
    [InlineData("Müller", "muller")]
    [InlineData("  Jean   Dupont ", "jean dupont")]
    [InlineData("НАВАЛЬНЫЙ", "навальныи")]
    [InlineData("Łukasz", "łukasz")]
    public void Fold_NamesFromManyScripts_FoldsToCultureFreeLowerCase(string input, string expected) =>
        Assert.Equal(expected, CustomerSearchText.Fold(input));

    [Fact]
    public void Fold_UnderTurkishCulture_GivesTheSameResultAsInvariant()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            var invariant = CustomerSearchText.Fold("TITLE İI");
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            Assert.Equal(invariant, CustomerSearchText.Fold("TITLE İI"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void For_Customer_HoldsNamesInBothScriptsEmailPhoneAndAccount()
    {
        var customer = new Customer
        {
            AccountId = "C-42", GivenName = "Olga", FamilyName = "Smirnova", NativeName = "Ольга Смирнова",
            ResidenceCountry = "LT", Email = "Olga@Example.org", Phone = "+370 600 00000",
            Status = AccountStatus.Active, OpenedAt = DateTimeOffset.UnixEpoch,
        };

        var text = CustomerSearchText.For(customer);

        Assert.Contains("c-42", text, StringComparison.Ordinal);
        Assert.Contains("olga smirnova", text, StringComparison.Ordinal);
        Assert.Contains("ольга смирнова", text, StringComparison.Ordinal);
        Assert.Contains("olga@example.org", text, StringComparison.Ordinal);
    }
}
