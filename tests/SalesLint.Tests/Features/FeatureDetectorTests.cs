using SalesLint.Features;
using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Tests.Features;

public sealed class FeatureDetectorTests
{
    private static readonly FeatureDetector Detector = new(
    [
        new Lexicon { Name = "product", Terms = ["demo", "integrat*", "our platform"], Exclude = ["your platform"] },
        new Lexicon { Name = "concession", Terms = ["free", "free months"], Exclude = ["feel free"], Patterns = [@"\d+\s?% off"] },
        new Lexicon { Name = "offer", Terms = ["we can do"], Recognize = [EntityKind.Money], RequireEntity = true },
    ]);

    [Test]
    public void Detect_TermsPrefixesAndPhrases_AreFoundCaseInsensitively()
    {
        var features = Detect("Our Platform integrates well; want a DEMO?");

        features.Select(f => (f.Feature, f.Text)).Should().Equal(("product", "Our Platform"), ("product", "integrates"), ("product", "DEMO"));
    }

    [Test]
    public void Detect_Excludes_CancelOverlappingMatches()
    {
        Detect("Feel free to ask about your platform.").Should().BeEmpty();
    }

    [Test]
    public void Detect_LongestMatchOfAFeature_Wins()
    {
        Detect("Two free months.").Should().ContainSingle().Which.Text.Should().Be("free months");
    }

    [Test]
    public void Detect_Patterns_MatchInTheSentence()
    {
        Detect("I can give 15 % off today.").Should().ContainSingle().Which.Text.Should().Be("15 % off");
    }

    [Test]
    public void Detect_SeveralPatterns_EachFindsItsMatchesAndOthersNone()
    {
        // More than one pattern: a combined scan first decides whether any can match; it must not lose or add any.
        var detector = new FeatureDetector(
        [
            new Lexicon { Name = "commitment", Patterns = [@"^\W*deal\b"] },
            new Lexicon { Name = "concession", Patterns = [@"\d+\s?% off", @"\bextra\s+(\w+\s+)?months?\b"] },
            new Lexicon { Name = "price-question", Patterns = [@"\bhow much (is|does) it\b"] },
        ]);

        Find(detector, "Deal. We add 3 extra free months.").Should().Equal(("commitment", "Deal"), ("concession", "extra free months"));
        Find(detector, "How much is it with 10% off?").Should().Equal(("price-question", "How much is it"), ("concession", "10% off"));
        Find(detector, "It is a good deal for everyone.").Should().BeEmpty();
    }

    [Test]
    public void Detect_CaseSensitivePattern_StaysCaseSensitiveBehindTheLoosenedGate()
    {
        // The gate reads "(?-i:" groups case-insensitively (GatePattern); the pattern itself still decides.
        var detector = new FeatureDetector(
        [
            new Lexicon { Name = "competitor", Patterns = [@"\b(compared to|versus)\s+(?-i:[A-Z][a-z]+)\w*"] },
            new Lexicon { Name = "price-question", Patterns = [@"\bhow much (is|does) it\b"] },
        ]);

        Find(detector, "Compared to Acme it is cheap.").Should().Equal(("competitor", "Compared to Acme"));
        Find(detector, "Compared to acme it is cheap.").Should().BeEmpty();
        Find(detector, "versus LAST year, how much is it?").Should().Equal(("price-question", "how much is it"));
    }

    [TestCase("I'll SEND you the deck; send YOU both.")]
    [TestCase("Kick-off is Monday; the kickoff kick-off.")]
    [TestCase("aaaa sign on, re-signed, unsigned: signed")]
    [TestCase("Café: send you the résumé, then sign on.")]
    [TestCase("We'll \u212Aick-off and \u017Fend you it; send you more.")]
    [TestCase("S\u0131gn on, then send you it.")]
    public void Detect_PlainTextPatterns_FindWhatTheirRegexFinds(string text)
    {
        // Plain-text patterns take a vectorized search; a detector given the same patterns as regexes (a character
        // class makes them one) must find the same matches.
        string[] plain = ["send you", "kick-off", "kickoff", "signed", "sign on", "aa", "we'll"];
        var fast = new FeatureDetector([new Lexicon { Name = "next-step", Patterns = plain }, new Lexicon { Name = "other", Patterns = [@"\bthen\b", "it[.]"] }]);
        var regex = new FeatureDetector([new Lexicon { Name = "next-step", Patterns = [.. plain.Select(p => $"[{p[0]}]{p[1..]}")] }, new Lexicon { Name = "other", Patterns = [@"\bthen\b", "it[.]"] }]);

        Find(fast, text).Should().Equal(Find(regex, text)).And.NotBeEmpty();
    }

    [Test]
    public void LiteralFoldExceptions_AreEveryCharacterTheTwoMatchersFoldToAscii()
    {
        // Plain-text patterns are matched with OrdinalIgnoreCase only in sentences without these characters; any other
        // character must be one that neither the regex nor OrdinalIgnoreCase takes for an ASCII letter or digit.
        var regex = PatternRegistry.Create("[a-z0-9' -]");
        var folding = new List<char>();
        for (var c = (char)0x80; c < char.MaxValue; c++)
        {
            var s = c.ToString();
            if (regex.IsMatch(s) || char.ToUpperInvariant(c) < 0x80 || char.ToLowerInvariant(c) < 0x80
                || "abcdefghijklmnopqrstuvwxyz".Any(a => string.Equals(s, a.ToString(), StringComparison.OrdinalIgnoreCase)))
            {
                folding.Add(c);
            }
        }

        folding.Should().NotBeEmpty().And.OnlyContain(c => FeatureDetector.LiteralFoldExceptions.Contains(c));
    }

    [Test]
    public void ApplyEntityRequirements_NoAmount_DropsTheMatch()
    {
        var features = Detect("We can do that.");

        Detector.ApplyEntityRequirements(features, []).Should().BeEmpty();
        Detector.EntityKindsFor(features).Should().Equal(EntityKind.Money);
    }

    [Test]
    public void Detect_OffsetsAreRelativeToTheTurn()
    {
        const string text = "Hello. Our platform rocks.";
        var tokens = TextTokenizer.Tokenize(text);

        var features = Detector.Detect(text, new TextSpan(7, text.Length - 7), tokens.AsSpan(2));

        features.Should().ContainSingle().Which.Span.Should().Be(new TextSpan(7, 12));
    }

    private static List<(string Feature, string Text)> Find(FeatureDetector detector, string text)
    {
        var tokens = TextTokenizer.Tokenize(text);
        var result = new List<(string, string)>();
        foreach (var (first, count) in SentenceSplitter.Split(text, tokens))
        {
            var span = new TextSpan(tokens[first].Start, tokens[first + count - 1].Start + tokens[first + count - 1].Length - tokens[first].Start);
            result.AddRange(detector.Detect(text, span, tokens.AsSpan(first, count)).Select(f => (f.Feature, f.Text)));
        }

        return result;
    }

    private static FeatureMatch[] Detect(string text)
    {
        var tokens = TextTokenizer.Tokenize(text);
        return Detector.Detect(text, new TextSpan(0, text.Length), tokens);
    }

    [Test]
    public void GateParts_TooLargeForOneLinearRegex_SplitsIntoGatesThatEachBuild()
    {
        // Sixty patterns whose alternation is past the linear-time engine's size limit: the gate splits in halves.
        var patterns = Enumerable.Range(0, 60)
            .Select(i => $@"\b(you|u)(['’]ve| have)?( (already|just|also|earlier|once))? (mentioned|said|told me|brought up|asked about|were asking( me)? about) w{i}\b")
            .ToList();

        var parts = FeatureDetector.GateParts(patterns);

        parts.Should().NotBeNull();
        parts!.Count.Should().BeGreaterThan(1);
        parts.SelectMany(p => p).Should().Equal(patterns);
        foreach (var part in parts)
        {
            var build = () => PatternRegistry.CreateLinear(FeatureDetector.GateText(part));
            build.Should().NotThrow();
        }
    }

    [Test]
    public void KnownTooLarge_ShippedLexiconGates_AreExactlyTheOnesThatDoNotBuild()
    {
        // Both gates of the built-in lexicons (the patterns that are not plain words, and all patterns), grouped by trial.
        var (regex, all) = new FeatureDetector(SalesLint.Rules.RuleSet.LoadBuiltIn().Lexicons).GateSources();
        var failed = new List<string>();
        FeatureDetector.GateParts(regex, System.Collections.Frozen.FrozenSet<string>.Empty, failed);
        FeatureDetector.GateParts(all, System.Collections.Frozen.FrozenSet<string>.Empty, failed);

        var expected = failed.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        FeatureDetector.KnownTooLarge.Order(StringComparer.Ordinal).Should().Equal(
            expected,
            "a lexicon changed the gates that are too large to build; set FeatureDetector.KnownTooLarge to\n" + string.Join("\n", expected.Select(h => $"        \"{h}\",")));
    }

    [Test]
    public void GateParts_ShippedLexicons_SplitsAsTheTrialDoes()
    {
        var (regex, all) = new FeatureDetector(SalesLint.Rules.RuleSet.LoadBuiltIn().Lexicons).GateSources();
        foreach (var patterns in new[] { regex, all })
        {
            var byTrial = FeatureDetector.GateParts(patterns, System.Collections.Frozen.FrozenSet<string>.Empty, failed: null);

            var parts = FeatureDetector.GateParts(patterns);

            parts.Should().NotBeNull();
            parts!.Select(FeatureDetector.GateText).Should().Equal(byTrial!.Select(FeatureDetector.GateText));
        }
    }

    [Test]
    public void GateParts_KnownTooLarge_SplitsWithoutBuilding()
    {
        // A hash in the list splits the group at once; here the two patterns' alternation would build.
        var patterns = new List<string> { @"\bwe (can|could) do\b", @"\bhow much\b", @"\bpay (?:up )?front\b", @"\bnet (?:30|60)\b" };
        var known = new HashSet<string>(StringComparer.Ordinal) { FeatureDetector.GateHash(FeatureDetector.GateText(patterns)) };

        var parts = FeatureDetector.GateParts(patterns, known, failed: null);

        parts.Should().HaveCount(2);
        parts!.SelectMany(p => p).Should().Equal(patterns);
    }

    [Test]
    public void GateParts_SmallLexicon_IsOneGate()
    {
        var parts = FeatureDetector.GateParts([@"\bwe (can|could) do\b", @"\bhow much\b"]);

        parts.Should().ContainSingle();
    }
}
