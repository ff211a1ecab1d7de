using Custos.Domain.Sanctions;
using Custos.Screening.Lists;
using Custos.Screening.Matching;

namespace Custos.Application.Sanctions.Rescreen;

/// <summary>One hit of one customer: a name hit at or above the review threshold, or a listed wallet address.</summary>
/// <param name="Entry">The list entry.</param>
/// <param name="Subject">What matched.</param>
/// <param name="Score">The score (1 for a wallet).</param>
/// <param name="MatchedName">The entry's name that matched, or the listed address with its currency.</param>
/// <param name="NameHit">The screening hit, for a name (its explanation is worked out when the alert is raised).</param>
/// <param name="Wallet">The customer's wallet, for a wallet hit.</param>
/// <param name="ListedWallet">The entry's wallet as listed, for a wallet hit.</param>
internal sealed record CustomerHit(
    ListEntry Entry, AlertSubject Subject, double Score, string MatchedName, ScreeningHit? NameHit, (string Asset, string Address)? Wallet,
    WalletAddress? ListedWallet);
