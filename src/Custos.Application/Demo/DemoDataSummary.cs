namespace Custos.Application.Demo;

/// <summary>What a run of <see cref="DemoDataGenerator"/> produced.</summary>
public sealed record DemoDataSummary(
    int Customers,
    int ResidencePermits,
    int KycDocuments,
    int Wallets,
    int Transactions,
    int Logins,
    int Holdings,
    int CampaignDonors,
    int CampaignDonations);
