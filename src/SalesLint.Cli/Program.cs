using SalesLint.Cli;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

// Redirected output (a file, a pipe, CI logs) is written in blocks rather than flushed line by line: a batch of
// thousands of files otherwise spends its time in write calls. A terminal still gets every line at once.
var output = Console.IsOutputRedirected
    ? new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 64 * 1024) { AutoFlush = false }
    : Console.Out;
try
{
    // Standard input (the path '-') is read as UTF-8 (or UTF-16 with a byte order mark) whatever the console's code page.
    using var input = new StreamReader(Console.OpenStandardInput(), new System.Text.UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
    return await CliApp.RunAsync(args, new CliConsole(output, Console.Error, input), cancel.Token).ConfigureAwait(false);
}
catch (OperationCanceledException)
{
    await Console.Error.WriteLineAsync("cancelled").ConfigureAwait(false);
    return 130;
}
catch (NotSupportedException ex) when (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
{
    // The native build (publish profile 'aot') cannot load analyzer assemblies.
    await output.FlushAsync().ConfigureAwait(false);
    await Console.Error.WriteLineAsync(
        "error: not available in the native (AOT) build of saleslint: analyzer assemblies (--analyzer) need the 'batch' build "
        + $"(see README, Install). ({ex.GetType().Name})").ConfigureAwait(false);
    return 2;
}
finally
{
    await output.FlushAsync().ConfigureAwait(false);
}
