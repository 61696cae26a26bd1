using System.Globalization;
using SalesLint.Engine;
using SalesLint.Loading;
using SalesLint.Model;
using SalesLint.Rules;

namespace SalesLint.Tests.RuleKinds;

/// <summary>Runs every case in <c>RuleCases/*.yaml</c> against the built-in rules.</summary>
public sealed class RuleCaseTests
{
    public static IEnumerable<TestCaseData> Cases()
    {
        foreach (var path in RuleCaseFile.Files())
        {
            var file = RuleCaseFile.Load(path);
            foreach (var c in file.Valid)
            {
                yield return new TestCaseData(file.Rule, c, true).SetName($"{file.Rule}_Valid_{c.Name}");
            }

            foreach (var c in file.Invalid)
            {
                yield return new TestCaseData(file.Rule, c, false).SetName($"{file.Rule}_Invalid_{c.Name}");
            }
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Analyze_RuleCase_ReportsExpectedDiagnostics(string rule, RuleCase ruleCase, bool valid)
    {
        var rules = ruleCase.Lexicons.Count > 0 ? WithLexicons(ruleCase.Lexicons, ruleCase.Name) : RuleSetFor(rule, ruleCase.Options);
        var engine = new SalesLintEngine(rules, new EngineOptions { OnlyRules = new HashSet<string> { rule } });
        var transcript = ToTranscript(ruleCase);

        var conversation = engine.Tokenize(transcript);
        var diagnostics = engine.Analyze(conversation).Diagnostics.Where(d => d.RuleId == rule).ToList();

        if (valid)
        {
            diagnostics.Should().BeEmpty(because: "case '{0}' is valid", ruleCase.Name);
            return;
        }

        ruleCase.Expect.Should().NotBeEmpty("an invalid case must say what it expects");
        diagnostics.Select(d => d.Message).Should().HaveCount(ruleCase.Expect.Count, because: "case '{0}' expects {1} finding(s)", ruleCase.Name, ruleCase.Expect.Count);
        for (var i = 0; i < ruleCase.Expect.Count; i++)
        {
            var expected = ruleCase.Expect[i];
            var actual = diagnostics[i];
            if (expected.Conversation)
            {
                actual.Location.Turn.Should().BeNull();
            }

            if (expected.Turn is not null)
            {
                actual.Location.Turn.Should().Be(expected.Turn);
            }

            if (expected.Sentence is not null)
            {
                actual.Location.Sentence.Should().Be(expected.Sentence);
            }

            if (expected.Match is not null)
            {
                var turn = conversation.Turns[actual.Location.Turn!.Value];
                turn.Slice(actual.Location.Span!.Value).ToString().Should().Be(expected.Match);
            }

            if (expected.Message is not null)
            {
                actual.Message.Should().Contain(expected.Message);
            }

            if (expected.Suggestion is not null)
            {
                actual.Suggestion.Should().NotBeNull();
                actual.Suggestion!.Sentence.Should().Be(expected.Suggestion);
            }

            if (expected.Args is not null)
            {
                var template = engine.Descriptors.Single(d => d.Id == rule).MessageTemplate;
                MessageArguments(template, expected.Args).IsMatch(actual.Message).Should().BeTrue(
                    "case '{0}' finding {1} should have the arguments {2}; its message is \"{3}\"",
                    ruleCase.Name,
                    i,
                    string.Join(", ", expected.Args.Select(a => $"{a.Key}: '{a.Value}'")),
                    actual.Message);
            }
        }
    }

    [TestCase("match", "solution", "The seller said 'solution' before the buyer did", true)]
    [TestCase("match", "solutions", "The seller said 'solution' before the buyer did", false)]
    [TestCase("match", "solution", "The seller said 'our solution' before the buyer did", false)]
    [TestCase("who", "seller", "The seller said 'solution' before the buyer did", false)]
    public void MessageArguments_Template_MatchesOnlyTheMessageWithThoseArguments(string name, string value, string message, bool expected)
    {
        const string template = "The seller said '{match}' before the {side} did";

        var check = () => MessageArguments(template, new Dictionary<string, string> { [name] = value }).IsMatch(message);

        if (name == "who")
        {
            check.Should().Throw<ArgumentException>().WithMessage("*'who' is not a placeholder*");
        }
        else
        {
            check().Should().Be(expected);
        }
    }

    [Test]
    public void RuleSetFor_Options_SetAYamlRulesParametersAndABuiltInAnalyzersOptions()
    {
        var metric = RuleSetFor("SL1001", new Dictionary<string, object> { ["min"] = "0.5", ["onlyIf"] = new Dictionary<object, object> { ["seller.statements"] = "3" } });
        var analyzer = RuleSetFor("SL6003", new Dictionary<string, object> { ["maxReports"] = "1", ["deflectionFeatures"] = new List<object> { "deflection" } });

        var rule = metric.Rules.OfType<SalesLint.RuleKinds.MetricRule>().Single(r => r.Id == "SL1001");
        (rule.Min, rule.OnlyIf["seller.statements"]).Should().Be((0.5, 3.0));
        var options = analyzer.Analyzers.OfType<SalesLint.Analyzers.UnansweredBuyerQuestionAnalyzer>().Single().Options;
        (options.MaxReports, options.DeflectionFeatures.Single()).Should().Be((1, "deflection"));
        RuleSetFor("SL6003", null).Should().BeSameAs(RuleSet.LoadBuiltIn());
    }

    /// <summary>
    /// A pattern for the whole message the template gives with these argument values; a placeholder without a value
    /// stands for any text. Built with the engine's own <see cref="SalesLint.Diagnostics.Diagnostic.FormatMessage"/>, so
    /// literal braces and repeated placeholders read as they do in findings.
    /// </summary>
    private static System.Text.RegularExpressions.Regex MessageArguments(string template, Dictionary<string, string> args)
    {
        const string Any = "\u0000";
        var placeholders = SalesLint.Diagnostics.Diagnostic.Placeholders(template).ToHashSet(StringComparer.Ordinal);
        if (args.Keys.FirstOrDefault(n => !placeholders.Contains(n)) is { } unknown)
        {
            throw new ArgumentException($"args: '{unknown}' is not a placeholder of the message template \"{template}\"", nameof(args));
        }

        var filled = SalesLint.Diagnostics.Diagnostic.FormatMessage(
            template,
            placeholders.ToDictionary(p => p, p => args.TryGetValue(p, out var value) ? value : Any, StringComparer.Ordinal));
        var pattern = string.Join("(?s:.*)", filled.Split(Any).Select(System.Text.RegularExpressions.Regex.Escape));
        return new System.Text.RegularExpressions.Regex($"^{pattern}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    }

    /// <summary>The built-in rules with a case's terms added to lexicons (a catalogue of titles as <c>product</c>).</summary>
    private static RuleSet WithLexicons(Dictionary<string, List<string>> lexicons, string source)
    {
        var builder = new RuleSetBuilder().AddBuiltIn();
        foreach (var (name, terms) in lexicons)
        {
            builder.AddLexiconTerms(name, terms, source);
        }

        return builder.Build();
    }

    /// <summary>The built-in rules, with <paramref name="options"/> laid over rule <paramref name="rule"/>'s when given.</summary>
    private static RuleSet RuleSetFor(string rule, Dictionary<string, object>? options)
    {
        if (options is null || options.Count == 0)
        {
            return RuleSet.LoadBuiltIn();
        }

        var builder = new RuleSetBuilder().AddBuiltIn();
        if (SalesLint.Analyzers.BuiltInAnalyzers.Ids.Contains(rule))
        {
            var yaml = new YamlDotNet.Serialization.SerializerBuilder().Build().Serialize(new Dictionary<string, object> { ["analyzer"] = rule, ["options"] = options });
            return builder.AddYaml($"case options of {rule}", yaml).Build();
        }

        return builder.OverrideRule(rule, [.. options.Select(o => new RuleParameter(o.Key, Parameter(o.Value)))], $"case options of {rule}").Build();
    }

    /// <summary>A value as YamlDotNet read it from the case file (text, list or mapping) as a rule parameter.</summary>
    private static ParameterValue Parameter(object? value) => value switch
    {
        null => ParameterValue.Scalar(null),
        string text => ParameterValue.Scalar(text),
        IDictionary<object, object> mapping => ParameterValue.Mapping(mapping.Select(e => new RuleParameter(Convert.ToString(e.Key, CultureInfo.InvariantCulture)!, Parameter(e.Value)))),
        IEnumerable<object> list => ParameterValue.List(list.Select(Parameter)),
        _ => ParameterValue.Scalar(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    internal static Transcript ToTranscript(RuleCase ruleCase) => new()
    {
        Id = "case",
        Participants =
        [
            new Participant { Id = "seller", Name = "Dana", Role = SpeakerRole.Seller },
            new Participant { Id = "buyer", Name = "Chris", Role = SpeakerRole.Buyer },
            new Participant { Id = "buyer2", Name = "Sam", Role = SpeakerRole.Buyer },
        ],
        Turns = [.. ruleCase.Turns.Select((turn, i) => ToTurn(turn, i, ruleCase.Untimed))],
    };

    private static TranscriptTurn ToTurn(Dictionary<string, string> turn, int index, bool untimed)
    {
        var speakers = turn.Keys.Where(k => k is not ("start" or "end")).ToList();
        speakers.Should().ContainSingle("a turn is one 'seller: text', 'buyer: text' or 'buyer2: text' entry, with optional start and end");
        var speaker = speakers[0];
        if (speaker is not ("seller" or "buyer" or "buyer2"))
        {
            throw new AssertionException($"unknown role '{speaker}' in a rule case");
        }

        double? start = turn.TryGetValue("start", out var s) ? double.Parse(s, CultureInfo.InvariantCulture) : untimed ? null : index * 10.0;
        double? end = turn.TryGetValue("end", out var e) ? double.Parse(e, CultureInfo.InvariantCulture) : untimed ? null : start + 9;
        return new TranscriptTurn { Speaker = speaker, Text = turn[speaker], Start = start, End = end };
    }
}
