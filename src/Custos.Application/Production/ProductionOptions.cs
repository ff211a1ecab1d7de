using Custos.Domain.Common;

namespace Custos.Application.Production;

/// <summary>
/// How productions are released and handed out: how long the agency's download link lasts, and how often the release
/// step looks for productions whose event has reached a signed checkpoint (it also runs right after each checkpoint).
/// </summary>
public sealed record ProductionOptions
{
    /// <summary>The default lifetime of a download link: 7 days from release.</summary>
    public static readonly TimeSpan DefaultLinkLifetime = TimeSpan.FromDays(7);

    /// <summary>How long after release the agency may download the package (<c>CUSTOS_PACKAGE_LINK_DAYS</c>, <c>--package-link-days</c>).</summary>
    public TimeSpan LinkLifetime { get; init; } = DefaultLinkLifetime;

    /// <summary>How often the release step runs besides after each published checkpoint (for checkpoints published by another node).</summary>
    public TimeSpan ReleasePollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>What is wrong with these options, each naming its setting.</summary>
    public IReadOnlyList<Error> Validate()
    {
        var errors = new List<Error>();
        if (LinkLifetime <= TimeSpan.Zero || LinkLifetime > TimeSpan.FromDays(90))
        {
            errors.Add(Error.Invalid("host.package-link-days-invalid", "The package link lasts between 1 and 90 days.", "package-link-days"));
        }

        if (ReleasePollInterval <= TimeSpan.Zero)
        {
            errors.Add(Error.Invalid("production.release-poll-invalid", "The release poll interval is positive.", "production"));
        }

        return errors;
    }
}
