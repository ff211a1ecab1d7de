using Custos.Cli;

// `custos proof verify FILE --key KEY` skips building the command tree (see ProofVerifyFastPath).
if (ProofVerifyFastPath.Match(args) is { } verify)
{
    return ProofVerifyFastPath.Run(verify);
}

return await CustosCli.Build().Parse(args).InvokeAsync();
