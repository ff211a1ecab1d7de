using Custos.Cli;
using Custos.Launcher;

// `custos proof verify FILE --key KEY [--account ID --code CODE]` is verified here, compiled ahead of time, so that a
// customer's check does not wait for the runtime to load and compile the whole CLI (docs/proofs.md, "Performance").
// Every other command line is the managed CLI's, which replaces this process.
if (ProofVerifyCall.Match(args) is { } call)
{
    return call.Run();
}

return ManagedCli.Run(args);
