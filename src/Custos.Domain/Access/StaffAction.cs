namespace Custos.Domain.Access;

/// <summary>What a member of staff may be allowed to do. Each action's rule lives in <see cref="AccessRules"/>.</summary>
public enum StaffAction
{
    /// <summary>Read the console's home page and the ledger's status.</summary>
    UseConsole = 1,
    /// <summary>Read the request queue and request pages, and the agency registry.</summary>
    ReadRequests = 2,
    /// <summary>Take requests in: enter a paper order, record an informal approach.</summary>
    TakeIn = 3,
    /// <summary>Start review of a request once its agency is verified, or close it as failing verification.</summary>
    VerifyRequester = 4,
    /// <summary>Ask the agency a clarification question.</summary>
    AskClarification = 5,
    /// <summary>Close a request.</summary>
    CloseRequest = 6,
    /// <summary>Keep the agency registry: register agencies, record verification, flags, certificates, officers, agency keys.</summary>
    ManageAgencyRegistry = 7,
    /// <summary>Read the platform's customer data.</summary>
    ReadCustomerData = 8,
    /// <summary>Manage staff accounts, roles and staff API keys.</summary>
    Administer = 9,
    /// <summary>Read the scrutiny policy and its history.</summary>
    ReadPolicy = 10,
    /// <summary>Install a policy version.</summary>
    InstallPolicy = 11,
}
