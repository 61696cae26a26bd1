using SalesLint.Diagnostics;
using SalesLint.Features;
using SalesLint.Loading;
using SalesLint.RuleKinds;
using SalesLint.Rules;

namespace SalesLint.Tests.Rules;

public sealed class RuleSetBuilderTests
{
    private const string ValidRule = """
        id: SL8100
        extends: existence
        title: Says guarantee
        message: "Avoid '{match}'"
        level: suggestion
        category: positioning
        description: test
        match:
          speaker: seller
          pattern: '\bguarantee[ds]?\b'
        """;

    [Test]
    public void LoadBuiltIn_Always_HasRulesLexiconsAndScoring()
    {
        var rules = RuleSet.LoadBuiltIn();

        rules.Rules.Should().HaveCountGreaterThanOrEqualTo(4);
        rules.Lexicons.Select(l => l.Name).Should().Contain(["product", "goal", "problem", "solution", "concession", "condition", "commitment"]);
        rules.Scoring.Categories.Select(c => c.Id).Should().Contain(["discovery", "positioning", "negotiation"]);
    }

    [Test]
    public void AddYaml_UnknownKey_ThrowsWithFileLineAndColumn()
    {
        var yaml = ValidRule.Replace("description: test", "description: test\nmaxReport: 3", StringComparison.Ordinal);

        var act = () => new RuleSetBuilder().AddBuiltIn().AddYaml("custom/rule.yaml", yaml);

        act.Should().Throw<ConfigurationException>()
            .Where(e => e.FilePath == "custom/rule.yaml" && e.Line == 8 && e.Column == 1)
            .WithMessage("*unknown key 'maxReport'*");
    }

    [Test]
    public void AddYaml_UnknownKeyInSelector_ThrowsWithNestedLine()
    {
        var yaml = ValidRule.Replace("speaker: seller", "speaker: seller\n  feature: [product]", StringComparison.Ordinal);

        var act = () => new RuleSetBuilder().AddBuiltIn().AddYaml("r.yaml", yaml);

        act.Should().Throw<ConfigurationException>().Where(e => e.Line == 10).WithMessage("r.yaml(10,3): *unknown key 'feature'*");
    }

    [Test]
    public void AddYaml_UnknownRuleKind_ThrowsNamingKinds()
    {
        var yaml = ValidRule.Replace("extends: existence", "extends: exist", StringComparison.Ordinal);

        var act = () => new RuleSetBuilder().AddBuiltIn().AddYaml("r.yaml", yaml);

        act.Should().Throw<ConfigurationException>().Where(e => e.Line == 2).WithMessage("*unknown rule kind 'exist'*existence*");
    }

    [Test]
    public void AddYaml_MissingRequiredKey_Throws()
    {
        var yaml = ValidRule.Replace("title: Says guarantee\n", string.Empty, StringComparison.Ordinal);

        var act = () => new RuleSetBuilder().AddBuiltIn().AddYaml("r.yaml", yaml);

        act.Should().Throw<ConfigurationException>().WithMessage("*missing required key 'title'*");
    }

    [Test]
    public void Build_BadLevel_ThrowsAtTheLevelLine()
    {
        var yaml = ValidRule.Replace("level: suggestion", "level: fatal", StringComparison.Ordinal);

        var act = () => new RuleSetBuilder().AddBuiltIn().AddYaml("r.yaml", yaml).Build();

        act.Should().Throw<ConfigurationException>()
            .Where(e => e.FilePath == "r.yaml" && e.Line == 5 && e.Column == 1)
            .WithMessage("r.yaml(5,1): rule SL8100: level must be error, warning, suggestion or none, not 'fatal'");
    }

    [TestCase("level:")]
    [TestCase("level: ''")]
    [TestCase("level: ~")]
    public void Build_EmptyLevel_SaysSoInOurWordsAtTheLevelLine(string written)
    {
        var yaml = ValidRule.Replace("level: suggestion", written, StringComparison.Ordinal);

        var act = () => new RuleSetBuilder().AddBuiltIn().AddYaml("r.yaml", yaml).Build();

        act.Should().Throw<ConfigurationException>()
            .Where(e => e.FilePath == "r.yaml" && e.Line == 5 && e.Column == 1)
            .WithMessage("r.yaml(5,1): *level is empty: use error, warning, suggestion or none");
    }

    [TestCase("error", DiagnosticSeverity.Error)]
    [TestCase("Warning", DiagnosticSeverity.Warning)]
    [TestCase("info", DiagnosticSeverity.Suggestion)]
    [TestCase("off", DiagnosticSeverity.None)]
    public void Build_Level_IsTheDescriptorsTypedSeverity(string level, DiagnosticSeverity expected)
    {
        var yaml = ValidRule.Replace("level: suggestion", $"level: {level}", StringComparison.Ordinal);

        var rules = new RuleSetBuilder().AddBuiltIn().AddYaml("r.yaml", yaml).Build();

        rules.Descriptors.Single(d => d.Id == "SL8100").DefaultSeverity.Should().Be(expected);
    }

    [Test]
    public void Build_BadLevelSetAsAParameter_ThrowsWhereTheParameterIsWritten()
    {
        // Was accepted and silently read as a warning: the level is now parsed when the rule compiles, after overrides.
        var parameter = new RuleParameter("level", ParameterValue.Scalar("loud") with { Line = 3, Column = 12 }) { Line = 3, Column = 5 };

        var act = () => new RuleSetBuilder().AddBuiltIn().OverrideRule("SL1001", [parameter], "app.yaml").Build();

        act.Should().Throw<ConfigurationException>()
            .Where(e => e.FilePath == "app.yaml" && e.Line == 3)
            .WithMessage("*rule SL1001: level must be error, warning, suggestion or none, not 'loud'");
    }

    [Test]
    public void Build_UnknownPlaceholderSetAsAParameter_Throws()
    {
        var parameter = new RuleParameter("message", ParameterValue.Scalar("Too much {talk}")) { Line = 2, Column = 5 };

        var act = () => new RuleSetBuilder().AddBuiltIn().OverrideRule("SL1001", [parameter], "app.yaml").Build();

        act.Should().Throw<ConfigurationException>().Where(e => e.FilePath == "app.yaml" && e.Line == 2).WithMessage("*unknown placeholder '{talk}'*");
    }

    [Test]
    public void AddYaml_WrongValueType_ThrowsWithPosition()
    {
        var yaml = ValidRule + "\nmaxReports: lots";

        var act = () => new RuleSetBuilder().AddBuiltIn().AddYaml("r.yaml", yaml);

        act.Should().Throw<ConfigurationException>().Where(e => e.Line == 11);
    }

    [Test]
    public void Build_UnknownFeature_ThrowsAtTheFeaturesKey()
    {
        var yaml = ValidRule.Replace("pattern: '\\bguarantee[ds]?\\b'", "features: [warranty]", StringComparison.Ordinal);

        var act = () => new RuleSetBuilder().AddBuiltIn().AddYaml("r.yaml", yaml).Build();

        act.Should().Throw<ConfigurationException>().Where(e => e.Line == 10).WithMessage("*unknown feature 'warranty'*");
    }

    [Test]
    public void Build_UnknownCategory_Throws()
    {
        var yaml = ValidRule.Replace("category: positioning", "category: vibes", StringComparison.Ordinal);

        var act = () => new RuleSetBuilder().AddBuiltIn().AddYaml("r.yaml", yaml).Build();

        act.Should().Throw<ConfigurationException>().Where(e => e.Line == 6).WithMessage("*unknown category 'vibes'*");
    }

    [Test]
    public void Build_UnknownPlaceholder_ThrowsAtTheMessageLine()
    {
        var yaml = ValidRule.Replace("Avoid '{match}'", "Avoid '{term}'", StringComparison.Ordinal);

        var act = () => new RuleSetBuilder().AddBuiltIn().AddYaml("r.yaml", yaml).Build();

        act.Should().Throw<ConfigurationException>().Where(e => e.Line == 4).WithMessage("*unknown placeholder '{term}'*");
    }

    [Test]
    public void AddYaml_BacktrackingPattern_IsRejected()
    {
        var yaml = ValidRule.Replace("'\\bguarantee[ds]?\\b'", "'(a+)+\\1'", StringComparison.Ordinal);

        var act = () => new RuleSetBuilder().AddBuiltIn().AddYaml("r.yaml", yaml).Build();

        act.Should().Throw<ConfigurationException>().WithMessage("*invalid pattern*");
    }

    [Test]
    public void AddYaml_InvalidYaml_ThrowsWithPosition()
    {
        var act = () => new RuleSetBuilder().AddYaml("broken.yaml", "id: [SL1\nextends: metric");

        act.Should().Throw<ConfigurationException>().Where(e => e.Line != null).WithMessage("broken.yaml(*invalid YAML*");
    }

    [Test]
    public void AddYaml_NotASalesLintFile_Throws()
    {
        var act = () => new RuleSetBuilder().AddYaml("x.yaml", "name: something");

        act.Should().Throw<ConfigurationException>().WithMessage("*not a SalesLint file*");
    }

    [Test]
    public void AddYaml_CustomRule_RunsAndReports()
    {
        var rules = new RuleSetBuilder().AddBuiltIn().AddYaml("r.yaml", ValidRule).Build();
        var engine = new SalesLint.Engine.SalesLintEngine(rules);

        var result = engine.Analyze(TestSupport.Transcript(TestSupport.Seller("We guarantee results.")));

        result.Diagnostics.Should().ContainSingle(d => d.RuleId == "SL8100").Which.Message.Should().Be("Avoid 'guarantee'");
    }

    [Test]
    public void AddYaml_LexiconExtension_AddsCompanyProductNames()
    {
        var rules = new RuleSetBuilder().AddBuiltIn().AddYaml("acme.yaml", "lexicon: product\nterms: [ForecastPro]").Build();
        var engine = new SalesLint.Engine.SalesLintEngine(rules);

        var result = engine.Analyze(TestSupport.Transcript(TestSupport.Seller("ForecastPro is what you want.")));

        result.Diagnostics.Should().Contain(d => d.RuleId == "SL1002" && d.Message.Contains("ForecastPro", StringComparison.Ordinal));
        rules.Lexicons.Single(l => l.Name == "product").Terms.Should().Contain(["ForecastPro", "demo"]);
    }

    [Test]
    public void AddBuiltIn_ShippedPatterns_AllBuildAsLinearTimeRegexes()
    {
        // Shipped patterns run on the backtracking interpreter (PatternRegistry.Create); each must still build as a
        // linear-time regex, as a user's copy of it would.
        var patterns = ShippedPatterns();

        patterns.Should().HaveCountGreaterThan(20);
        foreach (var (file, _, pattern) in patterns)
        {
            var build = () => PatternRegistry.CreateLinear(pattern);
            build.Should().NotThrow($"{file}: {pattern}");
        }
    }

    [Test]
    public void AddBuiltIn_ShippedPatterns_InterpreterFindsWhatLinearTimeEngineFinds()
    {
        // Every sentence of every sample and rule case, and the alternation of the lexicon patterns that are not plain
        // words (the engine's gate).
        var inputs = SampleSentences();
        var patterns = ShippedPatterns().Select(p => p.Pattern).ToList();
        var lexicon = ShippedPatterns().Where(p => p.Key == "patterns" && !System.Text.RegularExpressions.Regex.IsMatch(p.Pattern, "^[a-z0-9' -]+$")).Select(p => p.Pattern).ToList();
        var gates = FeatureDetector.GateParts(lexicon);
        gates.Should().NotBeNull("the lexicon patterns must combine into gates");
        patterns.AddRange(gates!.Select(part => string.Join('|', part.Select(p => $"(?:{p})"))));

        inputs.Should().HaveCountGreaterThan(500);
        foreach (var pattern in patterns)
        {
            var interpreted = PatternRegistry.CreateInterpreted(pattern);
            var linear = PatternRegistry.CreateLinear(pattern);
            foreach (var input in inputs)
            {
                var expected = MatchSpans(linear, input);
                var actual = MatchSpans(interpreted, input);
                actual.Should().Equal(expected, $"'{pattern}' on '{input}'");
            }
        }
    }

    [Test]
    public void AddBuiltIn_ShippedPatterns_CompiledSearchFindsWhatInterpreterFinds()
    {
        // The native build runs shipped patterns on the interpreter with RegexOptions.Compiled, which only changes how
        // it searches for where a match may start (see PatternRegistry.InterpretedOptions). Here Compiled really
        // compiles, with the same search: both must find what the plain interpreter finds.
        var inputs = SampleSentences();
        inputs.Should().HaveCountGreaterThan(500);
        foreach (var pattern in ShippedPatterns().Select(p => p.Pattern).Distinct())
        {
            var interpreted = PatternRegistry.CreateInterpreted(pattern);
            var compiled = new System.Text.RegularExpressions.Regex(pattern, interpreted.Options | System.Text.RegularExpressions.RegexOptions.Compiled);
            foreach (var input in inputs)
            {
                MatchSpans(compiled, input).Should().Equal(MatchSpans(interpreted, input), $"'{pattern}' on '{input}'");
            }
        }
    }

    [Test]
    public void AddBuiltIn_ShippedPatterns_RequiredWordsScreenNeverTurnsAwayAMatch()
    {
        // LinearPattern searches for the words every match holds (RequiredWords) before running the regex: wherever the
        // regex matches, in every sentence of every sample, rule case and written sales call, and in the same text
        // upper-cased and with the letters case-insensitive matching folds to ASCII, the screen must let it through.
        var inputs = SampleSentences().Concat(SalesCallLines()).Distinct(StringComparer.Ordinal).ToList();
        inputs = [.. inputs, .. inputs.Select(s => s.ToUpperInvariant()), .. inputs.Select(s => s.Replace('k', '\u212A').Replace('s', '\u017F'))];
        var patterns = ShippedPatterns().Select(p => p.Pattern).ToList();
        var lexicon = ShippedPatterns().Where(p => p.Key == "patterns" && !System.Text.RegularExpressions.Regex.IsMatch(p.Pattern, "^[a-z0-9' -]+$")).Select(p => p.Pattern).ToList();
        patterns.AddRange(FeatureDetector.GateParts(lexicon)!.Select(FeatureDetector.GateText));
        int screened = 0, turnedAway = 0, matched = 0;
        foreach (var pattern in patterns.Distinct(StringComparer.Ordinal))
        {
            var regex = PatternRegistry.CreateInterpreted(pattern);
            var linear = new LinearPattern(pattern);
            screened += RequiredWords.Of(pattern) is null ? 0 : 1;
            foreach (var input in inputs)
            {
                if (regex.IsMatch(input))
                {
                    matched++;
                    linear.MayMatch(input).Should().BeTrue($"'{pattern}' matches '{input}'");
                }
                else if (!linear.MayMatch(input))
                {
                    turnedAway++;
                }
            }
        }

        // Most shipped patterns have words to screen with, and most sentences are spared the regex.
        screened.Should().BeGreaterThan(patterns.Count / 2);
        matched.Should().BePositive();
        turnedAway.Should().BeGreaterThan(matched);
    }

    [Test]
    public void AddBuiltIn_ShippedPatterns_NoCatastrophicBacktrackingOnLongInput()
    {
        // The interpreter has no time bound of its own: a shipped pattern must not backtrack without end on a long
        // unpunctuated turn. Inputs of 30,000 characters: the samples run together without punctuation, and each
        // pattern's own words repeated (partial matches at every position). A generous limit catches only the
        // exponential or high-polynomial cases, never a slow machine.
        var run = string.Join(' ', SampleSentences()).Replace(".", " ", StringComparison.Ordinal).Replace("?", " ", StringComparison.Ordinal).Replace("!", " ", StringComparison.Ordinal);
        var samplesInput = run[..Math.Min(run.Length, 30_000)];
        foreach (var (file, _, pattern) in ShippedPatterns())
        {
            var words = System.Text.RegularExpressions.Regex.Matches(pattern, "[a-z]{2,}").Select(m => m.Value).Distinct().ToList();
            var own = string.Concat(Enumerable.Repeat(string.Join(' ', words) + " ", 30_000 / Math.Max(1, string.Join(' ', words).Length + 1) + 1))[..30_000];
            var regex = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(10));
            foreach (var input in new[] { samplesInput, own, "so " + own, new string(' ', 30_000) })
            {
                var match = () => MatchSpans(regex, input);
                match.Should().NotThrow($"{file}: {pattern}");
            }
        }
    }

    private static List<(string File, string Key, string Pattern)> ShippedPatterns()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal) { "pattern", "patterns", "notPattern", "ignoreQuestions", "question", "answer" };
        var patterns = new List<(string File, string Key, string Pattern)>();
        foreach (var file in Directory.GetFiles(Path.Combine(TestSupport.RepositoryRoot, "rules"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var stream = new YamlDotNet.RepresentationModel.YamlStream();
            stream.Load(new StringReader(File.ReadAllText(file)));
            foreach (var key in keys)
            {
                patterns.AddRange(PatternsUnder(stream.Documents[0].RootNode, [key], inPattern: false).Select(p => (Path.GetFileName(file), key, p)));
            }
        }

        return patterns;
    }

    private static List<(int Index, int Length)> MatchSpans(System.Text.RegularExpressions.Regex regex, string input)
    {
        var spans = new List<(int Index, int Length)>();
        foreach (var match in regex.EnumerateMatches(input))
        {
            spans.Add((match.Index, match.Length));
        }

        return spans;
    }

    /// <summary>The lines of the written sales calls the sessions may tune on (held, blind, blind3 to blind5).</summary>
    private static IEnumerable<string> SalesCallLines() =>
        new[] { "held", "blind", "blind3", "blind4", "blind5" }
            .Select(s => Path.Combine(TestSupport.RepositoryRoot, "benchmarks", "SalesLint.Evaluation", "data", $"sales-calls-{s}"))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d).Order(StringComparer.Ordinal))
            .SelectMany(File.ReadLines)
            .Select(s => s.Trim())
            .Where(s => s.Length > 0);

    private static List<string> SampleSentences()
    {
        var files = Directory.GetFiles(Path.Combine(TestSupport.RepositoryRoot, "samples"), "*", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(TestSupport.RepositoryRoot, "tests", "SalesLint.Tests", "RuleCases"), "*.yaml"))
            .Order(StringComparer.Ordinal);
        return [.. files
            .SelectMany(f => System.Text.RegularExpressions.Regex.Split(File.ReadAllText(f), @"(?<=[.?!])\s+|\n"))
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)
            .Distinct(StringComparer.Ordinal)];
    }

    [Test]
    public void Build_BadLexiconPatterns_ReportsTheFirstWithFileAndLine()
    {
        // Patterns are checked on all cores at once; the error reported is still the first in file order.
        var act = () => new RuleSetBuilder().AddBuiltIn()
            .AddYaml("a.yaml", "lexicon: alpha\npatterns:\n  - '\\bfine\\b'\n  - '(\\w+) \\1'\n")
            .AddYaml("b.yaml", "lexicon: beta\npatterns:\n  - '(?<=x)y'\n")
            .Build();

        act.Should().Throw<ConfigurationException>().WithMessage("a.yaml(4,*(\\w+) \\1*backtracking*")
            .Which.Line.Should().Be(4);
    }

    [Test]
    public void AddYaml_LexiconReplace_DropsBuiltInTerms()
    {
        var rules = new RuleSetBuilder().AddBuiltIn().AddYaml("acme.yaml", "lexicon: product\nmode: replace\nterms: [ForecastPro]").Build();

        rules.Lexicons.Single(l => l.Name == "product").Terms.Should().Equal("ForecastPro");
    }

    [Test]
    public void AddYaml_RuleWithSameId_ReplacesBuiltIn()
    {
        var yaml = ValidRule.Replace("SL8100", "SL1003", StringComparison.Ordinal);

        var rules = new RuleSetBuilder().AddBuiltIn().AddYaml("r.yaml", yaml).Build();

        rules.Rules.Single(r => r.Id == "SL1003").Title.Should().Be("Says guarantee");
    }

    [Test]
    public void AddDirectory_MissingFolder_Throws()
    {
        var act = () => new RuleSetBuilder().AddDirectory("/no/such/folder");

        act.Should().Throw<ConfigurationException>().WithMessage("/no/such/folder: rules folder not found");
    }

    [Test]
    public void AddYaml_AnalyzersFile_LoadsAssemblyRelativeToFile()
    {
        var assembly = typeof(Contoso.SalesRules.LongSellerTurnAnalyzer).Assembly.Location;
        var folder = Path.GetDirectoryName(assembly)!;

        var rules = new RuleSetBuilder().AddBuiltIn()
            .AddYaml(Path.Combine(folder, "analyzers.yaml"), $"assemblies: [{Path.GetFileName(assembly)}]", folder)
            .Build();

        rules.Analyzers.Where(a => a.GetType().Assembly == typeof(Contoso.SalesRules.LongSellerTurnAnalyzer).Assembly)
            .Should().ContainSingle().Which.Should().BeOfType<Contoso.SalesRules.LongSellerTurnAnalyzer>();
        rules.Descriptors.Select(d => d.Id).Should().Contain("SL8001");
    }

    [Test]
    public void AddYaml_AnalyzersFileWithMissingAssembly_ThrowsAtTheEntry()
    {
        var act = () => new RuleSetBuilder().AddYaml("/tmp/cfg/analyzers.yaml", "assemblies:\n  - nothere.dll", "/tmp/cfg");

        act.Should().Throw<ConfigurationException>().Where(e => e.Line == 2).WithMessage("*nothere.dll: analyzer assembly not found*");
    }

    [Test]
    public void OverrideRule_ParametersBuiltInCode_SetScalarsListsAndMappings()
    {
        var rules = new RuleSetBuilder().AddBuiltIn()
            .OverrideRule("SL1001", [new RuleParameter("min", ParameterValue.Scalar("0.5"))], "app")
            .OverrideRule("SL1003", [new RuleParameter("until", ParameterValue.Mapping([
                new RuleParameter("speaker", ParameterValue.Scalar("buyer")),
                new RuleParameter("features", ParameterValue.List([ParameterValue.Scalar("fit")])),
            ]))], "app")
            .Build().Rules;

        rules.OfType<MetricRule>().Single(r => r.Id == "SL1001").Min.Should().Be(0.5);
        rules.OfType<PrecedenceRule>().Single(r => r.Id == "SL1003").Until!.Features.Should().Equal("fit");
    }

    [Test]
    public void OverrideRule_BadValue_ThrowsWhereTheValueIsWritten()
    {
        var parameter = new RuleParameter("min", ParameterValue.Scalar("lots") with { Line = 7, Column = 9 }) { Line = 7, Column = 4 };

        var act = () => new RuleSetBuilder().AddBuiltIn().OverrideRule("SL1001", [parameter], "app.yaml");

        act.Should().Throw<ConfigurationException>().Where(e => e.FilePath == "app.yaml" && e.Line == 7 && e.Column == 9).WithMessage("*rule SL1001*");
    }

    [Test]
    public void OverrideRule_QuotedNullWordAndEmptyValue_StayTextAndEmpty()
    {
        var empty = () => new RuleSetBuilder().AddBuiltIn().OverrideRule("SL1001", [new RuleParameter("min", ParameterValue.Scalar(null))], "app");
        var tilde = () => new RuleSetBuilder().AddBuiltIn().OverrideRule("SL1001", [new RuleParameter("min", ParameterValue.Scalar("~"))], "app");

        empty.Should().Throw<ConfigurationException>().WithMessage("*null*", "an empty value is YAML's null, as 'min: ~' in a file");
        tilde.Should().Throw<ConfigurationException>().Which.Message.Should().NotContain("null", "'~' given as text is text, not a number");
    }

    [Test]
    public void AddYaml_ScoringWithoutPoints_TakesTheShippedScoringYamlDefaults()
    {
        var shipped = File.ReadAllText(Path.Combine(TestSupport.RepositoryRoot, "rules", "scoring.yaml"));
        double Declared(string key) => double.Parse(
            System.Text.RegularExpressions.Regex.Match(shipped, $@"(?m)^\s*{key}:\s*([0-9.]+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        var custom = new RuleSetBuilder().AddYaml("scoring.yaml", "categories:\n  discovery: {weight: 1}\nseverityPoints: {warning: 7}").Build().Scoring;
        var builtIn = RuleSet.LoadBuiltIn().Scoring;

        builtIn.SeverityPoints[DiagnosticSeverity.Error].Should().Be(Declared("error"));
        builtIn.SeverityPoints[DiagnosticSeverity.Warning].Should().Be(Declared("warning"));
        builtIn.SeverityPoints[DiagnosticSeverity.Suggestion].Should().Be(Declared("suggestion"));
        builtIn.MaxPointsPerRule.Should().Be(Declared("maxPointsPerRule"));
        custom.SeverityPoints[DiagnosticSeverity.Warning].Should().Be(7);
        custom.SeverityPoints[DiagnosticSeverity.Error].Should().Be(Declared("error"));
        custom.SeverityPoints[DiagnosticSeverity.Suggestion].Should().Be(Declared("suggestion"));
        custom.MaxPointsPerRule.Should().Be(Declared("maxPointsPerRule"));
    }

    [Test]
    public void AddYaml_ScoringWithUnknownMetric_Throws()
    {
        var yaml = "categories:\n  discovery: {weight: 1}\nmetrics:\n  - metric: seller.vibes\n    category: discovery\n    good: 1\n    bad: 0\n    points: 5";

        var act = () => new RuleSetBuilder().AddYaml("scoring.yaml", yaml);

        act.Should().Throw<ConfigurationException>().Where(e => e.Line == 4).WithMessage("*unknown metric 'seller.vibes'*");
    }

    [Test]
    public void CreatePattern_Catastrophic_RunsInLinearTime()
    {
        var regex = PatternRegistry.Get("(a+)+b");

        regex.IsMatch(new string('a', 50_000)).Should().BeFalse();
    }

    private static IEnumerable<string> PatternsUnder(YamlDotNet.RepresentationModel.YamlNode node, HashSet<string> keys, bool inPattern) => node switch
    {
        YamlDotNet.RepresentationModel.YamlScalarNode scalar => inPattern && scalar.Value is { } value ? [value] : [],
        YamlDotNet.RepresentationModel.YamlMappingNode mapping => mapping.Children.SelectMany(c =>
            PatternsUnder(c.Value, keys, keys.Contains(((YamlDotNet.RepresentationModel.YamlScalarNode)c.Key).Value!))),
        YamlDotNet.RepresentationModel.YamlSequenceNode sequence => sequence.Children.SelectMany(c => PatternsUnder(c, keys, inPattern)),
        _ => [],
    };
}
