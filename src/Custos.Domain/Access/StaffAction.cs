namespace Custos.Domain.Access;

/// <summary>
/// What a member of staff may be allowed to do. Each action's rule lives in <see cref="AccessRules"/>; the values are
/// stable (they are written to the ledger when a refusal is recorded).
/// </summary>
public enum StaffAction
{
    /// <summary>Read the console's home page and the ledger's status.</summary>
    UseConsole = 1,
    /// <summary>Read the request queue and request pages (regional staff: only what they took in), and the agency registry.</summary>
    ReadRequests = 2,
    /// <summary>Take requests in: enter a paper order, record an informal approach.</summary>
    TakeIn = 3,
    /// <summary>Start review of a request once its agency is verified, or close it as failing verification.</summary>
    VerifyRequester = 4,
    /// <summary>Ask the agency a clarification question (the request then waits for the answer).</summary>
    AskClarification = 5,
    /// <summary>Close a request.</summary>
    CloseRequest = 6,
    /// <summary>Register an agency or add a reputation flag to one (triage of what comes in).</summary>
    RegisterAgency = 7,
    /// <summary>Read the platform's customer data.</summary>
    ReadCustomerData = 8,
    /// <summary>Manage staff accounts, roles, regions, staff API keys and lockouts.</summary>
    Administer = 9,
    /// <summary>Read the scrutiny policy and its history.</summary>
    ReadPolicy = 10,
    /// <summary>Install a policy version.</summary>
    InstallPolicy = 11,
    /// <summary>Write to the agency about a request without changing where it stands (a routine message).</summary>
    MessageAgency = 12,
    /// <summary>Propose or approve a trust decision: an out-of-band verification, clearing a flag, a certificate, an agency key.</summary>
    DecideTrust = 13,
    /// <summary>Activate or disable an agency officer, add an official domain, revoke an agency key.</summary>
    ManageAgencyAccess = 14,
    /// <summary>Close an escalated informal approach (senior escalation only).</summary>
    CloseInformalApproach = 15,
    /// <summary>See which account ids a request's targets reach (not only how many).</summary>
    SeeTargetAccounts = 16,
    /// <summary>Read who opened a customer's record, when and why (privacy officers and auditors).</summary>
    ReadCustomerAccessHistory = 17,

    /// <summary>Read the ledger timeline of any subject (a request, an agency, a customer, a member of staff) in clear.</summary>
    ReadAudit = 18,

    /// <summary>See the sanctions alert queue and an alert's screened facts, list entry and explanation.</summary>
    ReadSanctionsAlerts = 19,

    /// <summary>Confirm or dismiss a sanctions alert with a reason (a confirmation restricts the account).</summary>
    DisposeSanctionsAlerts = 20,
    /// <summary>Record the restrictions a sanctions regime requires (EU Reg. 833/2014 Art. 5b) and schedule the customers' notices.</summary>
    ApplyRestrictions = 21,
}
