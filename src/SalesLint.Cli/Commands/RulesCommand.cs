using System.CommandLine;
using SalesLint.RuleKinds;
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
        command.Options.Add(options.Rules);
        command.Options.Add(options.Analyzers);
        command.Options.Add(options.MinLevel);
        command.SetAction(result =>
        {
            var engine = options.CreateEngine(result);
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
            output.WriteLine(descriptor.Description);
            var rule = engine.RuleSet.Rules.FirstOrDefault(r => r.Id == descriptor.Id);
            if (rule is not null)
            {
                output.WriteLine();
                output.WriteLine($"Definition ({rule.SourcePath}); to change it, copy it into a folder, edit, and pass --rules FOLDER:");
                var serializer = new SerializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
                output.WriteLine(serializer.Serialize(rule).TrimEnd());
            }

            return 0;
        });
        return command;
    }
}
