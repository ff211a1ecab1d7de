using System.Globalization;
using Custos.Domain.Policy;
using Custos.Domain.Requests;

namespace Custos.Domain.Scrutiny;

/// <summary>Notice to the customer: tipping-off, gag orders with and without an end, emergencies.</summary>
internal static class NotificationChecks
{
    public static Firing? TippingOff(Evaluation e) =>
        e.Request.NonDisclosure is { TippingOff: true } ? new Firing { BlocksNotice = true } : null;

    public static Firing? GagWithEnd(PolicyRule rule, Evaluation e) =>
        Gag(rule, e) is { Until: { } until } && until > e.AsOf
            ? new Firing { BlocksNotice = true, NoticeNotBefore = until }.And("until", until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .And("basis", e.Request.NonDisclosure!.Basis!)
            : null;

    public static Firing? IndefiniteGag(PolicyRule rule, Evaluation e) =>
        Gag(rule, e) is { Until: null } gag ? new Firing { BlocksNotice = true }.And("basis", gag.Basis!) : null;

    public static Firing? GagWithoutBasis(PolicyRule rule, Evaluation e) =>
        e.Request.NonDisclosure is { Required: true, TippingOff: false } gag && !Text.IsGiven(gag.Basis, rule.Parameters.Placeholders)
            ? Firing.Plain
            : null;

    public static Firing? EmergencyNotice(Evaluation e) =>
        e.Request.Kind == RequestKind.Emergency ? new Firing { BlocksNotice = true } : null;

    /// <summary>A gag that binds: required, with a stated basis, and not an AML tipping-off prohibition (its own rule).</summary>
    private static NonDisclosure? Gag(PolicyRule rule, Evaluation e) =>
        e.Request.NonDisclosure is { Required: true, TippingOff: false } gag && Text.IsGiven(gag.Basis, rule.Parameters.Placeholders) ? gag : null;
}
