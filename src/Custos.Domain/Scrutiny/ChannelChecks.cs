using Custos.Domain.Common;
using Custos.Domain.Policy;
using Custos.Domain.Requests;

namespace Custos.Domain.Scrutiny;

/// <summary>Channel: informal approaches, FIU-to-FIU exchange, suspended FIUs.</summary>
internal static class ChannelChecks
{
    public static Firing? Informal(PolicyRule rule, Evaluation e) =>
        rule.Parameters.Channels.Contains(e.Request.Channel) ? Firing.With("channel", KebabCase.Format(e.Request.Channel)) : null;

    public static Firing? ForeignFiuDirect(Evaluation e) =>
        e.Request.Agency.Type == AgencyType.Fiu && e.IsForeign
            ? Firing.With("country", e.AgencyName).And("fiu", e.Provider.Fiu ?? "the home FIU of " + e.Provider.Name).And("provider", e.Provider.Name)
            : null;

    public static Firing? FiuEgmontStatus(PolicyRule rule, Evaluation e)
    {
        if (e.Request.Agency.Type != AgencyType.Fiu || e.Agency?.Egmont.On(e.AsOf) is not { } status || !rule.Parameters.Egmont.Contains(status.Value))
        {
            return null;
        }

        return Firing.With("country", e.AgencyName).And("status", KebabCase.Format(status.Value))
            .And("since", status.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
