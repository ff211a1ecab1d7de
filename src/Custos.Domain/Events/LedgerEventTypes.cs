namespace Custos.Domain.Events;

/// <summary>
/// Every ledger event type Custos writes. Ids are grouped by area (1xxx staff and access, 2xxx platform data,
/// 3xxx agencies and officers, 4xxx requests, 6xxx sanctions and restrictions, 7xxx the disclosure index and transparency reporting, 9xxx configuration). Add new types at the end of their group; never renumber or delete one.
/// </summary>
public static class LedgerEventTypes
{
    public static readonly LedgerEventType StaffSignedIn = new(1001, "staff.signed-in");
    /// <summary>Written until schema 5, once per failed attempt; failures are now counted in the account, and a lockout is ledgered instead.</summary>
    public static readonly LedgerEventType StaffSignInFailed = new(1002, "staff.sign-in-failed");
    public static readonly LedgerEventType StaffSignedOut = new(1003, "staff.signed-out");
    public static readonly LedgerEventType StaffLockedOut = new(1004, "staff.locked-out");
    public static readonly LedgerEventType StaffUnlocked = new(1005, "staff.unlocked");
    public static readonly LedgerEventType StaffSecondFactorEnrolled = new(1006, "staff.second-factor-enrolled");
    public static readonly LedgerEventType StaffSecondFactorReset = new(1007, "staff.second-factor-reset");
    public static readonly LedgerEventType StaffUserCreated = new(1010, "staff.user-created");
    public static readonly LedgerEventType StaffRolesChanged = new(1011, "staff.roles-changed");
    public static readonly LedgerEventType StaffUserDisabled = new(1012, "staff.user-disabled");
    public static readonly LedgerEventType StaffPasswordChanged = new(1013, "staff.password-changed");
    /// <summary>An account the demo seeds that may sign in without a second factor although its roles require one.</summary>
    public static readonly LedgerEventType StaffSecondFactorExempted = new(1014, "staff.second-factor-exempted");
    /// <summary>A disabled staff account enabled again by an administrator (its API keys, revoked when it was disabled, stay revoked).</summary>
    public static readonly LedgerEventType StaffUserEnabled = new(1015, "staff.user-enabled");
    /// <summary>A member of staff moved to another region (or into or out of the central function, <c>global</c>).</summary>
    public static readonly LedgerEventType StaffRegionChanged = new(1016, "staff.region-changed");
    public static readonly LedgerEventType ApiKeyCreated = new(1020, "access.api-key-created");
    public static readonly LedgerEventType ApiKeyRevoked = new(1021, "access.api-key-revoked");
    public static readonly LedgerEventType AccessRefused = new(1030, "access.refused");
    public static readonly LedgerEventType CustomersImported = new(2001, "customers.imported");
    /// <summary>A member of staff opened a customer's record, for a request, with a purpose (subject: the customer).</summary>
    public static readonly LedgerEventType CustomerRecordOpened = new(2010, "customer.record-opened");
    /// <summary>A member of staff searched the customer data (references: the customers the page showed).</summary>
    public static readonly LedgerEventType CustomersSearched = new(2011, "customers.searched");
    public static readonly LedgerEventType AgencyRegistered = new(3001, "agency.registered");
    public static readonly LedgerEventType AgencyVerificationRecorded = new(3002, "agency.verification-recorded");
    public static readonly LedgerEventType AgencyReputationFlagged = new(3003, "agency.reputation-flagged");
    public static readonly LedgerEventType AgencyReputationCleared = new(3004, "agency.reputation-cleared");
    public static readonly LedgerEventType AgencyCertificateRegistered = new(3005, "agency.certificate-registered");
    public static readonly LedgerEventType AgencyDomainAdded = new(3006, "agency.domain-added");
    public static readonly LedgerEventType OfficerRegistered = new(3010, "officer.registered");
    public static readonly LedgerEventType OfficerActivated = new(3011, "officer.activated");
    public static readonly LedgerEventType OfficerDisabled = new(3012, "officer.disabled");
    public static readonly LedgerEventType OfficerSignedIn = new(3013, "officer.signed-in");
    /// <summary>Written until schema 5, once per failed attempt; failures are now counted in the account, and a lockout is ledgered instead.</summary>
    public static readonly LedgerEventType OfficerSignInFailed = new(3014, "officer.sign-in-failed");
    public static readonly LedgerEventType OfficerRegistrationRefused = new(3015, "officer.registration-refused");
    public static readonly LedgerEventType OfficerLockedOut = new(3016, "officer.locked-out");
    public static readonly LedgerEventType OfficerUnlocked = new(3017, "officer.unlocked");
    public static readonly LedgerEventType OfficerSecondFactorEnrolled = new(3018, "officer.second-factor-enrolled");
    public static readonly LedgerEventType OfficerSecondFactorReset = new(3019, "officer.second-factor-reset");
    public static readonly LedgerEventType OfficerSignedOut = new(3020, "officer.signed-out");
    public static readonly LedgerEventType TrustChangeProposed = new(3030, "trust.change-proposed");
    public static readonly LedgerEventType TrustChangeApproved = new(3031, "trust.change-approved");
    public static readonly LedgerEventType TrustChangeRejected = new(3032, "trust.change-rejected");
    public static readonly LedgerEventType RequestReceived = new(4001, "request.received");
    public static readonly LedgerEventType RequestStatusChanged = new(4002, "request.status-changed");
    public static readonly LedgerEventType RequestDocumentAdded = new(4003, "request.document-added");
    public static readonly LedgerEventType RequestMessageSent = new(4004, "request.message-sent");
    public static readonly LedgerEventType RequestScrutinised = new(4005, "request.scrutinised");
    public static readonly LedgerEventType RequestTargetsResolved = new(4006, "request.targets-resolved");
    public static readonly LedgerEventType ConfigurationChanged = new(9001, "configuration.changed");
    public static readonly LedgerEventType PolicyInstalled = new(9002, "policy.installed");
    /// <summary>A sanctions list version imported and put in force, with the SHA-256 of each of its files.</summary>
    public static readonly LedgerEventType SanctionsListImported = new(6001, "sanctions.list-imported");
    /// <summary>A rescreen of the customers against the lists in force: what was screened and how many alerts it raised.</summary>
    public static readonly LedgerEventType SanctionsRescreened = new(6002, "sanctions.rescreened");
    public static readonly LedgerEventType SanctionsAlertRaised = new(6003, "sanctions.alert-raised");
    public static readonly LedgerEventType SanctionsAlertConfirmed = new(6004, "sanctions.alert-confirmed");
    public static readonly LedgerEventType SanctionsAlertDismissed = new(6005, "sanctions.alert-dismissed");
    /// <summary>A dated EUR price table imported (the valuation of holdings for restriction thresholds).</summary>
    public static readonly LedgerEventType PricesImported = new(6006, "prices.imported");
    /// <summary>An account restricted: a confirmed sanctions hit, or a regime such as EU Reg. 833/2014 Art. 5b.</summary>
    public static readonly LedgerEventType AccountRestricted = new(6007, "restriction.account-restricted");
    /// <summary>A notice to a restricted customer scheduled (what will be done with the account and the assets).</summary>
    public static readonly LedgerEventType RestrictionNoticeScheduled = new(6008, "restriction.notice-scheduled");
    /// <summary>A reviewer cast a vote on some of a request's items (references: the request).</summary>
    public static readonly LedgerEventType DecisionVoteCast = new(5001, "decision.vote-cast");
    /// <summary>The decision rules refused an act (a vote, a production, a refusal, a preservation) with their stable code.</summary>
    public static readonly LedgerEventType DecisionActRefused = new(5002, "decision.act-refused");
    public static readonly LedgerEventType DecisionDecided = new(5003, "decision.decided");
    public static readonly LedgerEventType DecisionRefused = new(5004, "decision.refused");
    public static readonly LedgerEventType DecisionPushedBack = new(5005, "decision.pushed-back");
    public static readonly LedgerEventType EmergencyCallRecorded = new(5006, "emergency.call-recorded");
    public static readonly LedgerEventType EmergencyEnded = new(5007, "emergency.ended");
    public static readonly LedgerEventType EmergencyFollowUpMissed = new(5008, "emergency.follow-up-missed");
    /// <summary>A legal reviewer recorded that the request's non-disclosure order or tipping-off prohibition no longer binds (details: the decision, the rationale, the day).</summary>
    public static readonly LedgerEventType NonDisclosureLifted = new(5009, "non-disclosure.lifted");
    /// <summary>A production package was built; the event commits to the manifest SHA-256 (details: <c>ProductionEventDetails</c>). The package verifier expects exactly this name.</summary>
    public static readonly LedgerEventType ProductionCreated = new(5020, "production.created");
    /// <summary>A production's package was sealed to the agency's certificate with its ledger evidence and may be downloaded (subject: the production).</summary>
    public static readonly LedgerEventType ProductionReleased = new(5021, "production.released");
    /// <summary>The agency downloaded the package, or tried to after its release and was refused (details: outcome, who, the package's SHA-256).</summary>
    public static readonly LedgerEventType ProductionDownloaded = new(5022, "production.downloaded");
    /// <summary>Releasing a production failed (details: the error's code and message); it stays pending and is tried again.</summary>
    public static readonly LedgerEventType ProductionReleaseFailed = new(5023, "production.release-failed");
    public static readonly LedgerEventType NoticeScheduled = new(5040, "notice.scheduled");
    public static readonly LedgerEventType NoticeWithheld = new(5041, "notice.withheld");
    public static readonly LedgerEventType NoticeReviewDue = new(5043, "notice.review-due");
    public static readonly LedgerEventType PreservationStarted = new(5070, "preservation.started");
    public static readonly LedgerEventType PreservationExtended = new(5071, "preservation.extended");
    public static readonly LedgerEventType PreservationReleased = new(5072, "preservation.released");
    public static readonly LedgerEventType PreservationConverted = new(5073, "preservation.converted");
    /// <summary>A customer notice delivered: handed to the SMTP server or written as an <c>.eml</c> file (subject: the notice).</summary>
    public static readonly LedgerEventType NoticeSent = new(5060, "notice.sent");
    /// <summary>An attempt to deliver a customer notice failed; it is tried again later (subject: the notice).</summary>
    public static readonly LedgerEventType NoticeSendFailed = new(5061, "notice.send-failed");
    /// <summary>A customer notice put in the outbox, to go at its not-before instant (subject: the notice).</summary>
    public static readonly LedgerEventType NoticeQueued = new(5062, "notice.queued");
    /// <summary>
    /// A revision of the disclosure index (docs/proofs.md): details <c>{"logSize":N,"root":"…","algorithm":"…"}</c>, the
    /// root of the index over the log's first N entries. Its salt is published with it, so anyone can open the commitment.
    /// </summary>
    public static readonly LedgerEventType IndexRevision = new(7001, "index.revision");
    /// <summary>A transparency report was published: its period and the SHA-256 of its JSON, which the signed statement also names (7010–7019: transparency reporting).</summary>
    public static readonly LedgerEventType ReportPublished = new(7010, "report.published");
    /// <summary>
    /// The reportable facts of one request as they now stand (subject <c>request-facts:&lt;id&gt;</c>, no refs), in the
    /// entry's public part: country, authority type, legal process, kind, channel, day received, status, counts, outcome
    /// flags; never an identifier. Appended whenever they change (docs/transparency.md).
    /// </summary>
    public static readonly LedgerEventType RequestFacts = new(7011, "request.facts");
    /// <summary>An account restriction as the report counts it (subject <c>restriction-facts:&lt;id&gt;</c>, no refs): reason, regime and day, in the public part.</summary>
    public static readonly LedgerEventType RestrictionFacts = new(7012, "restriction.facts");
    /// <summary>
    /// A sealed disclosure entry is unsealed (7020–7029: sealing under non-disclosure orders, docs/proofs.md): the order
    /// lapsed or was lifted. Public part <c>{"unseals":L,"salt":"…"}</c> names the sealed entry's leaf index and the salt
    /// that opens its <c>sealedRefs</c> commitment; its <c>ref</c> lines are exactly the sealed customer keys, so the
    /// disclosure index shows the sealed disclosure to those customers from now on (subject: <c>sealed-entry:&lt;event id&gt;</c>).
    /// </summary>
    public static readonly LedgerEventType DisclosureUnsealed = new(7020, "disclosure.unsealed");
    /// <summary>
    /// A legal review kept a sealed entry's order in force: public part <c>{"sealed":L,"unsealBy":"yyyy-MM-dd"}</c> moves its
    /// unseal-by date (subject: <c>sealed-entry:&lt;event id&gt;</c>; no customer is named).
    /// </summary>
    public static readonly LedgerEventType DisclosureSealExtended = new(7021, "disclosure.seal-extended");

    /// <summary>All event types, found by reflection so that a new field cannot be forgotten here.</summary>
    public static IReadOnlyList<LedgerEventType> All { get; } =
        typeof(LedgerEventTypes).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(LedgerEventType))
            .Select(f => (LedgerEventType)f.GetValue(null)!)
            .OrderBy(t => t.Id)
            .ToArray();
}
