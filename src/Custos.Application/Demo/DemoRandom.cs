using System.Globalization;
using System.Text;

namespace Custos.Application.Demo;

/// <summary>Draws from a seeded <see cref="Random"/>: the demo data must be the same for the same seed, so never a shared or unseeded one.</summary>
internal sealed class DemoRandom(int seed)
{
    private const string Base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private const string Bech32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private const string Hex = "0123456789abcdef";
    private const string Upper = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private const string Alnum = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";

    // CA5394: this randomness makes demo data, not secrets; it must be reproducible from a seed.
#pragma warning disable CA5394
    private readonly Random _random = new(seed);

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    public int Next(int min, int maxExclusive) => _random.Next(min, maxExclusive);

    public double NextDouble() => _random.NextDouble();
#pragma warning restore CA5394

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A number between <paramref name="min"/> and <paramref name="max"/>, uniform on a log scale (amounts, balances).</summary>
    public decimal LogUniform(double min, double max, int decimals) =>
        Math.Round((decimal)Math.Exp(Math.Log(min) + (NextDouble() * (Math.Log(max) - Math.Log(min)))), decimals, MidpointRounding.ToZero);

    public DateTimeOffset Between(DateTimeOffset from, DateTimeOffset to)
    {
        var seconds = (long)((to - from).TotalSeconds * NextDouble());
        return from.AddSeconds(seconds);
    }

    /// <summary>Fills a pattern: <c>#</c> a digit, <c>A</c> an upper-case letter, <c>*</c> a digit or letter; anything else is kept.</summary>
    public string Pattern(string pattern)
    {
        var builder = new StringBuilder(pattern.Length);
        foreach (var c in pattern)
        {
            builder.Append(c switch
            {
                '#' => (char)('0' + Next(10)),
                'A' => Upper[Next(Upper.Length)],
                '*' => Alnum[Next(Alnum.Length)],
                _ => c,
            });
        }

        return builder.ToString();
    }

    public string Base58Chars(int length) => Chars(Base58, length);

    public string Bech32Chars(int length) => Chars(Bech32, length);

    public string HexChars(int length) => Chars(Hex, length);

    public string TwoDigits() => Next(100).ToString("D2", CultureInfo.InvariantCulture);

    private string Chars(string alphabet, int length)
    {
        return string.Create(length, (this, alphabet), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = state.alphabet[state.Item1.Next(state.alphabet.Length)];
            }
        });
    }
}
