// Does nothing: `dotnet Custos.Startup.Baseline.dll` measures the runtime's own start-up and exit.
return 0;
