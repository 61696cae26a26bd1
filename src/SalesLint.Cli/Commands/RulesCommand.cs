using System.CommandLine;
using SalesLint.Analyzers;
using SalesLint.Diagnostics;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SalesLint.Cli.Commands;

/// <summary><c>saleslint rules [ID]</c>: list the rules, or describe one.</summary>
internal static class RulesCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new CommonOptions();
        var id = new Argument<string?>("id") { Description = "A rule ID to describe.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("rules", "List the rules, or describe one (saleslint rules SL1004).");
        command.Arguments.Add(id);
        options.AddTo(command);
        command.SetAction(result =>
        {
            var engine = options.CreateResolver(result).For(Path.Combine(Directory.GetCurrentDirectory(), "transcript")).Engine;
            var wanted = result.GetValue(id);
            var output = console.Out;
            if (wanted is null)
            {
                foreach (var d in engine.Descriptors)
                {
                    output.WriteLine($"{d.Id,-8} {SeverityNames.ToName(engine.SeverityOf(d.Id)),-10} {d.Category,-12} {d.Title}");
                }

                return 0;
            }

            var descriptor = engine.Descriptors.FirstOrDefault(d => string.Equals(d.Id, wanted, StringComparison.OrdinalIgnoreCase))
                ?? throw new UsageException($"unknown rule '{wanted}' (see: saleslint rules)");
            output.WriteLine($"{descriptor.Id}: {descriptor.Title}");
            output.WriteLine($"  category: {descriptor.Category}");
            output.WriteLine($"  level:    {SeverityNames.ToName(engine.SeverityOf(descriptor.Id))} (default {SeverityNames.ToName(descriptor.DefaultSeverity)})");
            output.WriteLine($"  message:  {descriptor.MessageTemplate}");
            output.WriteLine($"  help:     {descriptor.HelpLink}");
            output.WriteLine();
            var page = SalesLint.Rules.RuleDocs.Get(descriptor.Id);
            output.WriteLine(page is null ? descriptor.Description : page.TrimEnd());
            var serializer = new SerializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
            var rule = engine.RuleSet.Rules.FirstOrDefault(r => r.Id == descriptor.Id);
            if (rule is not null)
            {
                output.WriteLine();
                output.WriteLine($"## Parameters (as loaded from {rule.SourcePath})");
                output.WriteLine();
                output.WriteLine(serializer.Serialize(rule).TrimEnd());
            }
            else if (engine.RuleSet.Analyzers.FirstOrDefault(a => a.SupportedDiagnostics.Any(d => d.Id == descriptor.Id)) is IConfiguredAnalyzer configured)
            {
                output.WriteLine();
                output.WriteLine($"## Options (as loaded; to change them, copy rules/recommended/{descriptor.Id}-*.yaml into a rules folder and edit its options:)");
                output.WriteLine();
                output.WriteLine(serializer.Serialize(configured.Options).TrimEnd());
            }

            output.WriteLine();
            output.WriteLine("## Configure or suppress (in .saleslint.yaml)");
            output.WriteLine();
            output.WriteLine("rules:");
            output.WriteLine($"  {descriptor.Id}: none          # off; or error | warning | suggestion, or {{ level: error, <parameter>: <value> }}");
            output.WriteLine("suppressions:");
            output.WriteLine("  - files: [\"calls/legacy/**\"]");
            output.WriteLine($"    rules: [{descriptor.Id}]");
            output.WriteLine("    justification: why these findings are accepted");
            output.WriteLine();
            output.WriteLine("Or accept today's findings once: saleslint check PATHS --write-baseline");
            return 0;
        });
        return command;
    }
}
