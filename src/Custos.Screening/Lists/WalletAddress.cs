namespace Custos.Screening.Lists;

/// <summary>A digital currency address of an entry (OFAC remarks: <c>Digital Currency Address - XBT 1AbC…</c>).</summary>
/// <param name="Currency">The currency code as the list writes it (<c>XBT</c>, <c>ETH</c>, <c>USDT</c>, <c>TRX</c> …).</param>
/// <param name="Address">The address exactly as published.</param>
public sealed record WalletAddress(string Currency, string Address);
