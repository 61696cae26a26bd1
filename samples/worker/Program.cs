using SalesLint.Hosting;
using SalesLint.Samples.Worker;

// A CRM sync job: analyze every transcript dropped into a queue folder and write the results back.
//   dotnet run --project samples/worker -- --Queue:Folder /var/calls --SalesLint:Sellers:0 spk_0
// With --Queue:Stdin true it reads JSON Lines on standard input and writes one result per line to standard output, then
// exits (a pipe: crm-export | saleslint-worker > results.jsonl).
var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddSalesLint();
builder.Services.Configure<SalesLintOptions>(builder.Configuration.GetSection("SalesLint"));
builder.Services.Configure<QueueOptions>(builder.Configuration.GetSection("Queue"));
if (builder.Configuration.GetValue<bool>("Queue:Stdin"))
{
    // Standard output carries the results: logs go to standard error.
    builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    builder.Services.AddHostedService<JsonLinesPipe>();
}
else
{
    builder.Services.AddHostedService<QueueFolderWorker>();
}

await builder.Build().RunAsync();
