using System.Globalization;
using System.Net;

namespace Custos.Application.Demo;

/// <summary>
/// Addresses, transaction hashes, IP addresses and devices that look like the real ones (right prefixes, alphabets and
/// lengths). They are not valid on-chain: no checksums are computed.
/// </summary>
internal static class DemoChain
{
    private static readonly string[] s_devices =
    [
        "iPhone 14 / iOS 17.5 / app 2.61.0", "iPhone 12 / iOS 16.7 / app 2.48.3", "iPad Air / iPadOS 17.4 / app 2.60.1",
        "Samsung SM-S918B / Android 14 / app 2.59.2", "Xiaomi 2201117TG / Android 13 / app 2.52.0", "Google Pixel 7 / Android 14 / app 2.61.0",
        "Chrome 124 on Windows 10", "Chrome 120 on macOS 14", "Firefox 125 on Ubuntu 22.04", "Safari 17 on macOS 14", "Edge 123 on Windows 11",
        "Yandex Browser 24.1 on Windows 10", "Chrome 109 on Windows 7", "Opera 108 on Windows 11", "API key (trading bot)",
    ];

    public static int Decimals(string asset) => asset switch
    {
        "BTC" or "LTC" => 8,
        "ETH" => 6,
        "SOL" => 4,
        _ => 2,
    };

    /// <summary>A receiving address for <paramref name="asset"/>; <paramref name="tron"/> chooses TRC-20 over ERC-20 for USDT.</summary>
    public static string Address(DemoRandom random, string asset, bool tron) => asset switch
    {
        "BTC" => random.NextDouble() switch
        {
            < 0.55 => "bc1q" + random.Bech32Chars(38),
            < 0.62 => "bc1p" + random.Bech32Chars(58),
            < 0.85 => "1" + random.Base58Chars(random.Next(25, 34)),
            _ => "3" + random.Base58Chars(33),
        },
        "ETH" => "0x" + random.HexChars(40),
        "USDT" => tron ? "T" + random.Base58Chars(33) : "0x" + random.HexChars(40),
        "TRX" => "T" + random.Base58Chars(33),
        "LTC" => random.Chance(0.6) ? "ltc1q" + random.Bech32Chars(38) : (random.Chance(0.5) ? "L" : "M") + random.Base58Chars(33),
        "XRP" => "r" + random.Base58Chars(random.Next(24, 34)),
        "SOL" => random.Base58Chars(random.Next(43, 45)),
        "DOGE" => "D" + random.Base58Chars(33),
        _ => throw new ArgumentOutOfRangeException(nameof(asset), asset, "No address shape for this asset."),
    };

    /// <summary>Whether an address is on TRON (for USDT, which exists on several chains).</summary>
    public static bool IsTron(string address) => address.StartsWith('T');

    public static string TxHash(DemoRandom random, string asset, string? address) => asset switch
    {
        "ETH" => "0x" + random.HexChars(64),
        "USDT" when address is not null && !IsTron(address) => "0x" + random.HexChars(64),
        "XRP" => random.HexChars(64).ToUpperInvariant(),
        "SOL" => random.Base58Chars(random.Next(86, 89)),
        _ => random.HexChars(64),
    };

    public static string Ipv4(DemoRandom random, DemoCountry country) =>
        string.Create(CultureInfo.InvariantCulture, $"{random.Pick(country.Ipv4Prefixes)}.{random.Next(256)}.{random.Next(1, 255)}");

    public static string Ipv6(DemoRandom random, DemoCountry country)
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{country.Ipv6Prefix}:{random.Next(0x10000):x}:{random.Next(0x10000):x}:{random.Next(0x10000):x}::{random.Next(1, 0x10000):x}");
        return IPAddress.Parse(text).ToString(); // the canonical (compressed) form
    }

    public static string Device(DemoRandom random) => random.Pick(s_devices);
}
