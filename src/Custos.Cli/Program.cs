using Custos.Cli;

// `custos proof verify FILE --key KEY [--account ID --code CODE]` skips building the command tree (see ProofVerifyCall).
if (ProofVerifyCall.Match(args) is { } verify)
{
    return verify.Run();
}

return await CustosCli.Build().Parse(args).InvokeAsync();
