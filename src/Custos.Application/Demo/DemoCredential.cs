namespace Custos.Application.Demo;

/// <summary>A demo staff account and its password, printed when the demo starts.</summary>
public sealed record DemoCredential(string Role, string Username, string Password, string Region);
