using System.CommandLine;
using SalesLint;
using SalesLint.Cli.Commands;

var root = new RootCommand("SalesLint: lint and score sales call transcripts.")
{
    CheckCommand.Create(score: false),
    CheckCommand.Create(score: true),
    InspectCommand.Create(),
    RulesCommand.Create(),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    Console.Error.WriteLine("run 'saleslint --help' for usage");
    return 2;
}

try
{
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
}
catch (ConfigurationException ex)
{
    Console.Error.WriteLine($"configuration error: {ex.Message}");
    return 2;
}
catch (UsageException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 2;
}
