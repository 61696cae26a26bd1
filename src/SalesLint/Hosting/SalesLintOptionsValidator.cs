using Microsoft.Extensions.Options;

namespace SalesLint.Hosting;

/// <summary>Checks <see cref="SalesLintOptions"/> when the host starts: files and folders exist, limits are positive, roles are consistent.</summary>
internal sealed class SalesLintOptionsValidator : IValidateOptions<SalesLintOptions>
{
    public ValidateOptionsResult Validate(string? name, SalesLintOptions options)
    {
        var failures = new List<string>();
        if (options.ConfigFile is { } config && !File.Exists(config))
        {
            failures.Add($"SalesLint:ConfigFile '{config}' does not exist.");
        }

        foreach (var folder in options.RuleFolders)
        {
            if (string.IsNullOrWhiteSpace(folder) || !Directory.Exists(folder))
            {
                failures.Add($"SalesLint:RuleFolders: '{folder}' is not a folder.");
            }
        }

        if (options.MaxInputBytes <= 0)
        {
            failures.Add($"SalesLint:MaxInputBytes must be positive (got {options.MaxInputBytes}).");
        }

        if (options.MaxDegreeOfParallelism < 1)
        {
            failures.Add($"SalesLint:MaxDegreeOfParallelism must be at least 1 (got {options.MaxDegreeOfParallelism}).");
        }

        if (options.SlowAnalysisThreshold <= TimeSpan.Zero)
        {
            failures.Add($"SalesLint:SlowAnalysisThreshold must be positive (got {options.SlowAnalysisThreshold}).");
        }

        if (options.Sellers.Concat(options.Buyers).Any(string.IsNullOrWhiteSpace))
        {
            failures.Add("SalesLint:Sellers and SalesLint:Buyers must not contain blank names.");
        }

        var both = options.Sellers.FirstOrDefault(s => options.Buyers.Any(b => string.Equals(s?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase)));
        if (both is not null)
        {
            failures.Add($"SalesLint: '{both}' is both a seller and a buyer.");
        }

        if (options.SpeakerNames.Any(p => string.IsNullOrWhiteSpace(p.Key) || string.IsNullOrWhiteSpace(p.Value)))
        {
            failures.Add("SalesLint:SpeakerNames must not contain blank labels or names.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
