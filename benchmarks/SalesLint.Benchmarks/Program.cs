using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/SalesLint.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(SalesLint.Benchmarks.EngineBenchmarks).Assembly).Run(args);
