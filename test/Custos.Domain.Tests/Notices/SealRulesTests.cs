using Custos.Domain.Notices;
using Custos.Domain.Requests;

namespace Custos.Domain.Tests.Notices;

public class SealRulesTests
{
    private static readonly DateOnly Sealed = new(2026, 3, 1);

    private static NonDisclosure Order(DateOnly? until, string? basis = "18 U.S.C. 2705(b) order of 2026-02-20", bool tippingOff = false) =>
        new() { Required = true, Until = until, Basis = basis, TippingOff = tippingOff };

    [Fact]
    public void UnsealBy_NoOrder_NotSealed()
    {
        Assert.Null(SealRules.UnsealBy(null, Sealed, null, Sealed));
        Assert.Null(SealRules.UnsealBy(new NonDisclosure { Required = false, Until = new DateOnly(2027, 1, 1) }, Sealed, null, Sealed));
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    [InlineData(30, false)]
    public void UnsealBy_OrderWithAnEndDate_SealedUntilThatDayOnly(int daysAfterEnd, bool stillSealed)
    {
        var end = new DateOnly(2026, 9, 30);

        var unsealBy = SealRules.UnsealBy(Order(end), Sealed, null, end.AddDays(daysAfterEnd));

        Assert.Equal(stillSealed ? end : null, unsealBy);
    }

    [Fact]
    public void UnsealBy_OrderWithoutAnEndDate_UntilTheNextLegalReview_WhichALaterReviewMoves()
    {
        var order = Order(null);

        Assert.Equal(Sealed.AddDays(180), SealRules.UnsealBy(order, Sealed, null, Sealed));
        Assert.Equal(Sealed.AddDays(180), SealRules.UnsealBy(order, Sealed, Sealed.AddDays(-20), Sealed.AddDays(5)));
        Assert.Equal(new DateOnly(2026, 8, 1).AddDays(180), SealRules.UnsealBy(order, Sealed, new DateOnly(2026, 8, 1), new DateOnly(2026, 8, 1)));
    }

    [Fact]
    public void UnsealBy_TippingOff_ReviewedEvery180DaysAlthoughItHasNoEnd() =>
        Assert.Equal(Sealed.AddDays(180), SealRules.UnsealBy(Order(new DateOnly(2026, 4, 1), tippingOff: true), Sealed, null, new DateOnly(2026, 5, 1)));

    [Fact]
    public void UnsealBy_OrderWithoutABasis_DueAtOnce_AndAReviewDoesNotMoveIt() =>
        Assert.Equal(Sealed, SealRules.UnsealBy(Order(new DateOnly(2027, 1, 1), basis: " "), Sealed, Sealed.AddDays(10), Sealed.AddDays(10)));

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void IsOverdue_OnlyAfterTheUnsealByDay(int daysAfter, bool overdue) =>
        Assert.Equal(overdue, SealRules.IsOverdue(Sealed, Sealed.AddDays(daysAfter)));

    [Theory]
    [InlineData(null, false)]
    [InlineData(null, true)]
    [InlineData("2027-01-01", false)]
    public void UnsealBy_OrderLifted_SealedBeforeTheLiftOnly(string? until, bool tippingOff)
    {
        var order = Order(until is null ? null : DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture), tippingOff: tippingOff);
        var lifted = new DateOnly(2026, 6, 1);

        Assert.NotNull(SealRules.UnsealBy(order, Sealed, null, lifted.AddDays(-1), lifted));
        Assert.Null(SealRules.UnsealBy(order, Sealed, null, lifted, lifted));
        Assert.Null(SealRules.UnsealBy(order, Sealed, null, lifted.AddDays(40), lifted));
        Assert.Null(SealRules.UnsealBy(order, lifted, null, lifted, lifted));
    }
}
