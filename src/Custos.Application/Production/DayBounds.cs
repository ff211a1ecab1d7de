using Custos.Domain.Decisions;
using Custos.Domain.Requests;

namespace Custos.Application.Production;

/// <summary>
/// Days from <see cref="From"/> to <see cref="To"/>, both included, either end possibly open (a request's date range);
/// as instants start-inclusive, end-exclusive, in UTC, like <see cref="ItemRange"/>.
/// </summary>
internal readonly record struct DayBounds(DateOnly? From, DateOnly? To)
{
    /// <summary>The first instant covered; null when open.</summary>
    public DateTimeOffset? Start => From is { } from ? new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    /// <summary>The first instant no longer covered; null when open.</summary>
    public DateTimeOffset? End => To is { } to ? new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    public static DayBounds Of(ItemRange range) => new(range.From, range.To);

    public static DayBounds Of(DateRange? range) => new(range?.From, range?.To);

    public bool Contains(DateTimeOffset instant) => (Start is not { } start || instant >= start) && (End is not { } end || instant < end);

    public bool Contains(DateOnly day) => (From is not { } from || day >= from) && (To is not { } to || day <= to);

    /// <summary>The days of <paramref name="range"/> these bounds do not cover: none, one or two ranges, in order.</summary>
    public IReadOnlyList<ItemRange> Outside(ItemRange range)
    {
        var outside = new List<ItemRange>(2);
        if (From is { } from && range.From < from)
        {
            outside.Add(new ItemRange(range.From, range.To < from ? range.To : from.AddDays(-1)));
        }

        if (To is { } to && range.To > to)
        {
            outside.Add(new ItemRange(range.From > to ? range.From : to.AddDays(1), range.To));
        }

        return outside;
    }
}
