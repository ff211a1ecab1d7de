namespace Custos.Application.SignIn;

/// <summary>
/// A second factor being enrolled: the secret (Base32, as authenticator apps take it when typed) and the
/// <c>otpauth://</c> URI a QR code carries. Shown only to the account's holder, never logged or ledgered.
/// </summary>
public sealed record TotpEnrolment(string Secret, string Uri, string Issuer, string AccountName);
