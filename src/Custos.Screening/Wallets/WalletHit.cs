using Custos.Screening.Lists;

namespace Custos.Screening.Wallets;

/// <summary>A listed entry holding a digital currency address that was looked up.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="Wallet">The address as the list publishes it, with its currency code.</param>
public sealed record WalletHit(ListEntry Entry, WalletAddress Wallet);
