namespace Custos.Application.Policy;

/// <summary>What <see cref="PolicyStore.EnsureInstalledAsync"/> did at start-up.</summary>
public enum PolicyStartupAction
{
    /// <summary>The active policy is the shipped default: nothing to do.</summary>
    DefaultActive = 1,

    /// <summary>No policy was active: the shipped default was installed.</summary>
    InstalledDefault = 2,

    /// <summary>The active policy was an older shipped default activated by Custos itself: the newer one replaced it.</summary>
    UpgradedDefault = 3,

    /// <summary>Another policy is active (an administrator's choice, or a newer one): it is kept.</summary>
    KeptActive = 4,

    /// <summary>
    /// The shipped default's version is installed with different content: the default was edited without a new
    /// version. Nothing is changed; the file should get a new version.
    /// </summary>
    ShippedVersionDiffers = 5,
}
