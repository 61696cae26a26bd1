using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace SalesLint.Tests.EndToEnd;

/// <summary>
/// Runs the <c>saleslint</c> command as a separate process, the way a user does: <c>dotnet SalesLint.Cli.dll</c> from
/// the SalesLint.Cli project's own build output (what <c>dotnet run --project src/SalesLint.Cli</c> runs), which
/// <c>dotnet test SalesLint.sln</c> has just built in the same configuration as this assembly.
/// </summary>
internal static class CliProcess
{
    /// <summary>A command that has not ended after this long is killed and fails its test.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private static readonly Regex StackFrame = new(@"^\s{2,}at \S", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>SalesLint.Cli.dll in src/SalesLint.Cli/bin/CONFIGURATION/TFM (recorded at build time).</summary>
    public static string CliPath { get; } = Metadata("SalesLintCli");

    /// <summary>The build configuration of this assembly (and of the command it runs).</summary>
    public static string Configuration { get; } = Metadata("Configuration");

    /// <summary>The <c>dotnet</c> host running the tests (DOTNET_HOST_PATH), else <c>dotnet</c> on the PATH.</summary>
    public static string Dotnet { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Runs <c>saleslint ARGS</c> in <paramref name="workingDirectory"/>.</summary>
    /// <param name="args">The arguments after <c>saleslint</c>.</param>
    /// <param name="workingDirectory">The folder relative paths start from.</param>
    /// <param name="stdin">Bytes for standard input (closed at once when null).</param>
    /// <returns>Exit code, standard output and standard error.</returns>
    public static Task<CliRun> RunAsync(IReadOnlyList<string> args, string workingDirectory, byte[]? stdin = null)
    {
        if (!File.Exists(CliPath))
        {
            Assert.Fail($"{CliPath} is missing: build the solution (dotnet build SalesLint.sln -c {Configuration}) before the process tests");
        }

        return RunProgramAsync(Dotnet, [CliPath, .. args], workingDirectory, stdin, "saleslint " + string.Join(' ', args));
    }

    /// <summary>Runs any program (such as <c>dotnet pack</c>) and captures what it prints.</summary>
    /// <param name="program">The executable.</param>
    /// <param name="args">Its arguments.</param>
    /// <param name="workingDirectory">Its working folder.</param>
    /// <param name="stdin">Bytes for standard input, or null.</param>
    /// <param name="display">How the command is named in messages.</param>
    /// <returns>Exit code, standard output and standard error.</returns>
    public static async Task<CliRun> RunProgramAsync(string program, IReadOnlyList<string> args, string workingDirectory, byte[]? stdin = null, string? display = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("NO_COLOR");
        using var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            if (stdin is not null)
            {
                await process.StandardInput.BaseStream.WriteAsync(stdin);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The command ended without reading all of its input: its exit code and messages say why.
        }

        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{display ?? program} did not end within {Timeout.TotalSeconds} s");
        }

        return new CliRun(display ?? program, process.ExitCode, await output, await error);
    }

    /// <summary>Asserts that a run printed no .NET crash: no "Unhandled exception" and no stack frame lines.</summary>
    /// <param name="run">The run.</param>
    public static void ShouldNotHaveCrashed(this CliRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        foreach (var (name, text) in new[] { ("standard error", run.Error), ("standard output", run.Output) })
        {
            text.Should().NotContain("Unhandled exception", $"{run.Command} crashed ({name})");
            StackFrame.IsMatch(text).Should().BeFalse($"{run.Command} printed a stack trace on {name}:\n{text}");
        }

        run.ExitCode.Should().BeOneOf([0, 1, 2], $"{run.Command} exits with a documented code (stderr: {run.Error})");
    }

    private static string Metadata(string key) =>
        typeof(CliProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}

/// <summary>What one command did.</summary>
/// <param name="Command">The command line, for messages.</param>
/// <param name="ExitCode">Its exit code.</param>
/// <param name="Output">What it wrote to standard output.</param>
/// <param name="Error">What it wrote to standard error.</param>
internal sealed record CliRun(string Command, int ExitCode, string Output, string Error)
{
    /// <summary>The run, for assertion messages.</summary>
    public override string ToString() => $"{Command} -> exit {ExitCode}\n--- stdout\n{Truncate(Output)}\n--- stderr\n{Truncate(Error)}";

    private static string Truncate(string text) => text.Length <= 3000 ? text : text[..3000] + "...";
}

/// <summary>A temporary working folder for one command, with <c>samples/</c> linked to the repository's samples.</summary>
internal sealed class WorkFolder : IDisposable
{
    /// <summary>Creates the folder.</summary>
    public WorkFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "saleslint-process-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        Directory.CreateSymbolicLink(System.IO.Path.Combine(Path, "samples"), System.IO.Path.Combine(TestSupport.RepositoryRoot, "samples"));
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>A path inside the folder.</summary>
    /// <param name="relative">The relative path.</param>
    /// <returns>The full path.</returns>
    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    /// <summary>Deletes the folder (not what the link points to).</summary>
    public void Dispose()
    {
        Directory.Delete(System.IO.Path.Combine(Path, "samples"));
        Directory.Delete(Path, recursive: true);
    }
}
