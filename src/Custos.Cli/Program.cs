using Custos.Cli;

return await CustosCli.Build().Parse(args).InvokeAsync();
