using System.Buffers;
using SalesLint.Acts;
using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Features;

/// <summary>
/// Finds lexicon matches in sentences. Built once from a set of lexicons; immutable and thread-safe.
/// Term lookup is by the first word through a hash table, so cost grows with sentence length, not lexicon size.
/// </summary>
public sealed class FeatureDetector
{
    // Every combination of the entity kinds, by bit mask (bit = kind), so a sentence's set is looked up, not built.
    private static readonly EntityKind[][] KindSets = [.. Enumerable.Range(0, 1 << (Enum.GetValues<EntityKind>().Length))
        .Select(mask => Enum.GetValues<EntityKind>().Where(k => (mask & (1 << (int)k)) != 0).ToArray())];

    // What a plain-text pattern may hold (see IsLiteral).
    private static readonly SearchValues<char> LiteralChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 '-");

    // The characters other than ASCII that either the regex's case-insensitive matching or OrdinalIgnoreCase takes for
    // an ASCII letter (Kelvin sign = k and long s = s for the regex; dotless i = I and long s = S for OrdinalIgnoreCase;
    // dotted capital I for safety). A sentence without them finds the same plain-text patterns both ways.
    private static readonly SearchValues<char> FoldsToAscii = SearchValues.Create(LiteralFoldExceptions);

    private readonly Dictionary<string, FirstWord> byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FirstWord>.AlternateLookup<ReadOnlySpan<char>> firstWordLookup;
    private readonly List<Phrase> prefixFirst = [];
    private readonly List<(string Feature, LinearPattern Pattern)> patterns = [];
    private readonly Lazy<LinearPattern[]?> anyPattern;
    private readonly List<(string Feature, LinearPattern Pattern)> regexPatterns = [];
    private readonly LinearPattern[]? anyRegexPattern;
    private readonly List<(string Feature, string Text)> literalPatterns = [];
    private readonly SearchValues<string>? anyLiteral;
    private readonly Dictionary<string, EntityKind[]> recognizeByFeature = new(StringComparer.Ordinal);
    private readonly HashSet<string> requireEntity = new(StringComparer.Ordinal);

    /// <summary>Compiles the lexicons.</summary>
    /// <param name="lexicons">The lexicons; names must be unique.</param>
    /// <exception cref="ArgumentException">A pattern is not a valid regular expression.</exception>
    public FeatureDetector(IEnumerable<Lexicon> lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        firstWordLookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var list = lexicons.ToList();
        Lexicons = list;
        foreach (var lexicon in list)
        {
            foreach (var term in lexicon.Terms)
            {
                Add(term, lexicon.Name, exclude: false);
            }

            foreach (var term in lexicon.Exclude)
            {
                Add(term, lexicon.Name, exclude: true);
            }

            foreach (var pattern in lexicon.Patterns)
            {
                patterns.Add((lexicon.Name, new LinearPattern(pattern)));
            }

            if (lexicon.Recognize.Count > 0)
            {
                recognizeByFeature[lexicon.Name] = [.. lexicon.Recognize];
                if (lexicon.RequireEntity)
                {
                    requireEntity.Add(lexicon.Name);
                }
            }
        }

        // Patterns that are plain words ("send me", "kick-off") are found by one vectorized search for all of them
        // (exactly what the case-insensitive regex finds, see FoldsToAscii); the others by one scan of their
        // alternation, then one by one only on the few sentences that pass. A sentence with one of the characters the
        // two matchers fold differently takes the regex path for every pattern.
        foreach (var (feature, pattern) in patterns)
        {
            if (IsLiteral(pattern.Pattern))
            {
                literalPatterns.Add((feature, pattern.Pattern));
            }
            else
            {
                regexPatterns.Add((feature, pattern));
            }
        }

        if (literalPatterns.Count > 0)
        {
            anyLiteral = SearchValues.Create([.. literalPatterns.Select(l => l.Text).Distinct(StringComparer.OrdinalIgnoreCase)], StringComparison.OrdinalIgnoreCase);
        }

        anyRegexPattern = Combine(regexPatterns.Select(p => p.Pattern.Pattern));
        anyPattern = new Lazy<LinearPattern[]?>(() => Combine(patterns.Select(p => p.Pattern.Pattern)), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>See <see cref="FoldsToAscii"/>; checked against both matchers over every character by the tests.</summary>
    internal const string LiteralFoldExceptions = "\u0130\u0131\u017F\u212A";

    /// <summary>The lexicons this detector was built from.</summary>
    public IReadOnlyList<Lexicon> Lexicons { get; }

    /// <summary>
    /// Gates that together match where any of the given patterns does: the alternation of every pattern (loosened, see
    /// <see cref="GatePattern"/>), each in a group, built now; split in halves (and those again) where the whole is too
    /// large for the linear-time engine, so a lexicon that grows keeps its gate. Null for fewer than two patterns or
    /// when a part of one pattern alone does not build (each pattern then runs alone).
    /// </summary>
    /// <param name="patterns">The patterns.</param>
    /// <returns>The gates, or <see langword="null"/>.</returns>
    private static LinearPattern[]? Combine(IEnumerable<string> patterns)
    {
        var all = patterns.ToList();
        if (all.Count < 2)
        {
            return null;
        }

        var parts = GateParts(all);
        return parts is null ? null : [.. parts.Select(part => new LinearPattern(GateText(part)))];
    }

    /// <summary>The alternation text of one gate (<see cref="Combine"/>).</summary>
    /// <param name="patterns">The patterns of the gate.</param>
    /// <returns>Each pattern loosened, in a group, joined by <c>|</c>.</returns>
    internal static string GateText(IEnumerable<string> patterns) => string.Join('|', patterns.Select(p => $"(?:{GatePattern.Loosen(p)})"));

    /// <summary>
    /// How <see cref="Combine"/> groups patterns into gates that each build as a linear-time regex. A group whose text
    /// is one of <see cref="KnownTooLarge"/> is split without trying to build it (a failed build of the shipped
    /// lexicons' alternation cost every process tens of milliseconds); the groups are the same either way.
    /// </summary>
    /// <param name="patterns">The patterns, in order.</param>
    /// <returns>The groups, in order; <see langword="null"/> when a group of fewer than four does not build.</returns>
    internal static List<List<string>>? GateParts(List<string> patterns) =>
        GateParts(patterns, UsesDefaultSizeLimit ? KnownTooLarge : System.Collections.Frozen.FrozenSet<string>.Empty, failed: null);

    /// <summary>See <see cref="GateParts(List{string})"/>.</summary>
    /// <param name="patterns">The patterns, in order.</param>
    /// <param name="knownTooLarge">Hashes (<see cref="GateHash"/>) of group texts to split without trying.</param>
    /// <param name="failed">Receives the hashes of group texts that were tried and did not build, when given.</param>
    /// <returns>The groups, in order; <see langword="null"/> when a group of fewer than four does not build.</returns>
    internal static List<List<string>>? GateParts(List<string> patterns, IReadOnlySet<string> knownTooLarge, List<string>? failed)
    {
        var parts = new List<List<string>>();
        return Split(patterns) ? parts : null;

        bool Split(List<string> part)
        {
            var text = GateText(part);
            if (part.Count >= 4 && knownTooLarge.Count > 0 && knownTooLarge.Contains(GateHash(text)))
            {
                return SplitInHalves(part);
            }

            try
            {
                // Only a gate: the patterns run on the sentences it lets through, so it may match more (see GatePattern).
                PatternRegistry.Validate(text);
                parts.Add(part);
                return true;
            }
            catch (ArgumentException) when (part.Count >= 4)
            {
                failed?.Add(GateHash(text));
                return SplitInHalves(part);
            }
            catch (ArgumentException)
            {
                failed?.Add(GateHash(text));
                return false;
            }
        }

        bool SplitInHalves(List<string> part)
        {
            var half = part.Count / 2;
            return Split(part[..half]) && Split(part[half..]);
        }
    }

    /// <summary>
    /// The gate texts of the shipped lexicons that do not build as one linear-time regex (past the engine's limit of
    /// 10,000 NFA nodes), by <see cref="GateHash"/>: <see cref="GateParts(List{string})"/> splits them without trying.
    /// A test rebuilds the shipped gates by trial and fails when this list differs (a lexicon changed): a stale entry
    /// only costs the failed build again, never a different gate.
    /// </summary>
    internal static IReadOnlySet<string> KnownTooLarge { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "6a4d88da90888d4ff043a2e286f1916f",
        "e2000548850063f935c8af9ffced37ff",
    };

    /// <summary>The hash that names a gate text in <see cref="KnownTooLarge"/>: sha256 of its UTF-16 code units, the first 16 bytes in hex.</summary>
    /// <param name="text">The gate text.</param>
    /// <returns>32 lower-case hex digits.</returns>
    internal static string GateHash(string text) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan())), 0, 16).ToLowerInvariant();

    /// <summary>
    /// Whether the linear-time engine's size limit is its default (the application may raise it with the
    /// <c>REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE</c> setting; <see cref="KnownTooLarge"/> then does not hold).
    /// </summary>
    private static bool UsesDefaultSizeLimit => AppContext.GetData("REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE") is null;

    /// <summary>The pattern lists the detector's two gates are built from (the patterns that are not plain words, and all).</summary>
    /// <returns>The pattern texts, in order.</returns>
    internal (List<string> Regex, List<string> All) GateSources() =>
        ([.. regexPatterns.Select(p => p.Pattern.Pattern)], [.. patterns.Select(p => p.Pattern.Pattern)]);

    /// <summary>Whether a pattern is plain text: ASCII letters, digits, spaces, apostrophes and hyphens only.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <returns><see langword="true"/> if the regex matches exactly that text, case-insensitively.</returns>
    private static bool IsLiteral(string pattern) =>
        pattern.Length > 0 && pattern.AsSpan().IndexOfAnyExcept(LiteralChars) < 0;

    /// <summary>Finds the lexicon matches in one sentence.</summary>
    /// <param name="text">The turn text.</param>
    /// <param name="sentenceSpan">The sentence's span in the turn text.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <returns>The matches, ordered by position then feature name; empty when none.</returns>
    public FeatureMatch[] Detect(string text, TextSpan sentenceSpan, ReadOnlySpan<Token> tokens)
    {
        // Scratch lists are per thread and reused: a sentence allocates only the matches it returns.
        var scratch = Scratch ??= new DetectScratch();
        scratch.Found.Clear();
        scratch.Excluded.Clear();
        scratch.Result.Clear();
        List<(string Feature, TextSpan Span)>? found = null;
        List<(string Feature, TextSpan Span)>? excluded = null;

        // The words are compared folded (lower case, one apostrophe): the sentence is folded once, and each phrase is
        // looked up by its first word, then by its second.
        var words = new FoldedWords(text, sentenceSpan, tokens, scratch);
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Punctuation || token.Length > MaxFirstWord)
            {
                continue;
            }

            var word = words.Of(token);
            if (firstWordLookup.TryGetValue(word, out var entry))
            {
                foreach (var phrase in entry.Single)
                {
                    Add(phrase, tokens, i, i + 1, ref found, ref excluded, scratch);
                }

                if (entry.HasLonger && NextWord(text, tokens, i) is var next && next < tokens.Length && tokens[next].Kind != TokenKind.Punctuation)
                {
                    if (entry.BySecondLookup.TryGetValue(words.Of(tokens[next]), out var exact))
                    {
                        foreach (var phrase in exact)
                        {
                            TryMatchFrom(phrase, 2, text, tokens, i, next + 1, words, ref found, ref excluded, scratch);
                        }
                    }

                    foreach (var phrase in entry.PrefixSecond)
                    {
                        TryMatchFrom(phrase, 1, text, tokens, i, next, words, ref found, ref excluded, scratch);
                    }
                }
            }

            foreach (var phrase in prefixFirst)
            {
                // The first word is a prefix ("integrat*"): most words do not start with it.
                if (word.StartsWith(phrase.Stems[0], StringComparison.Ordinal))
                {
                    TryMatchFrom(phrase, 1, text, tokens, i, i + 1, words, ref found, ref excluded, scratch);
                }
            }
        }

        var sentence = text.AsSpan(sentenceSpan.Start, sentenceSpan.Length);
        if (patterns.Count > 0)
        {
            if (!sentence.ContainsAny(FoldsToAscii))
            {
                if (anyLiteral is not null && sentence.ContainsAny(anyLiteral))
                {
                    foreach (var (feature, literal) in literalPatterns)
                    {
                        // Non-overlapping, left to right: as the regex enumerates its matches.
                        for (var at = 0; at <= sentence.Length - literal.Length;)
                        {
                            var index = sentence[at..].IndexOf(literal, StringComparison.OrdinalIgnoreCase);
                            if (index < 0)
                            {
                                break;
                            }

                            (found ??= scratch.Found).Add((feature, new TextSpan(sentenceSpan.Start + at + index, literal.Length)));
                            at += index + literal.Length;
                        }
                    }
                }

                AddPatternMatches(regexPatterns, anyRegexPattern, sentence, sentenceSpan.Start, ref found, scratch);
            }
            else
            {
                AddPatternMatches(patterns, anyPattern.Value, sentence, sentenceSpan.Start, ref found, scratch);
            }
        }

        if (found is null)
        {
            return [];
        }

        var result = scratch.Result;
        for (var i = 0; i < found.Count; i++)
        {
            var (feature, span) = found[i];
            if (IsExcluded(excluded, feature, span) || IsInsideLonger(found, feature, span) || Contains(result, feature, span))
            {
                continue;
            }

            result.Add(new FeatureMatch(feature, span, text.Substring(span.Start, span.Length)));
        }

        var matches = result.ToArray();
        Array.Sort(matches, static (a, b) => a.Span.Start != b.Span.Start
            ? a.Span.Start.CompareTo(b.Span.Start)
            : string.CompareOrdinal(a.Feature, b.Feature));
        return matches;
    }

    /// <summary>Whether any gate matches the sentence.</summary>
    /// <param name="gates">The gates (<see cref="Combine"/>).</param>
    /// <param name="sentence">The sentence.</param>
    /// <returns><see langword="true"/> when one does.</returns>
    private static bool AnyMatches(LinearPattern[] gates, ReadOnlySpan<char> sentence)
    {
        foreach (var gate in gates)
        {
            if (gate.IsMatch(sentence))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddPatternMatches(
        List<(string Feature, LinearPattern Pattern)> patterns,
        LinearPattern[]? any,
        ReadOnlySpan<char> sentence,
        int offset,
        ref List<(string, TextSpan)>? found,
        DetectScratch scratch)
    {
        if (patterns.Count == 0 || (any is not null && !AnyMatches(any, sentence)))
        {
            return;
        }

        foreach (var (feature, pattern) in patterns)
        {
            scratch.Spans.Clear();
            pattern.AddMatches(sentence, scratch.Spans);
            foreach (var (index, length) in scratch.Spans)
            {
                (found ??= scratch.Found).Add((feature, new TextSpan(offset + index, length)));
            }
        }
    }

    /// <summary>The entity kinds to recognize for a sentence with these features.</summary>
    /// <param name="features">The sentence's feature matches.</param>
    /// <returns>The union of the kinds their lexicons ask for.</returns>
    public IReadOnlyCollection<EntityKind> EntityKindsFor(IReadOnlyList<FeatureMatch> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (recognizeByFeature.Count == 0 || features.Count == 0)
        {
            return [];
        }

        var mask = 0;
        for (var i = 0; i < features.Count; i++)
        {
            if (recognizeByFeature.TryGetValue(features[i].Feature, out var wanted))
            {
                foreach (var kind in wanted)
                {
                    mask |= 1 << (int)kind;
                }
            }
        }

        return KindSets[mask];
    }

    /// <summary>
    /// Drops matches of lexicons that require an entity when the sentence has none of the kinds they recognize.
    /// </summary>
    /// <param name="features">The sentence's feature matches.</param>
    /// <param name="entities">The entities recognized in the sentence.</param>
    /// <returns>The matches that stand.</returns>
    public FeatureMatch[] ApplyEntityRequirements(FeatureMatch[] features, IReadOnlyList<EntityMatch> entities)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(entities);
        if (requireEntity.Count == 0 || features.Length == 0)
        {
            return features;
        }

        List<FeatureMatch>? kept = null;
        for (var i = 0; i < features.Length; i++)
        {
            var match = features[i];
            var drop = requireEntity.Contains(match.Feature) && !HasEntityOf(entities, recognizeByFeature[match.Feature]);
            if (drop && kept is null)
            {
                kept = [.. features.AsSpan(0, i)];
            }
            else if (!drop)
            {
                kept?.Add(match);
            }
        }

        return kept is null ? features : [.. kept];
    }

    private static bool HasEntityOf(IReadOnlyList<EntityMatch> entities, EntityKind[] kinds)
    {
        for (var i = 0; i < entities.Count; i++)
        {
            if (Array.IndexOf(kinds, entities[i].Kind) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsExcluded(List<(string Feature, TextSpan Span)>? excluded, string feature, TextSpan span)
    {
        if (excluded is null)
        {
            return false;
        }

        foreach (var e in excluded)
        {
            if (e.Feature == feature && e.Span.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    // Keep the longest of overlapping matches of one feature ("free" inside "free months").
    private static bool IsInsideLonger(List<(string Feature, TextSpan Span)> found, string feature, TextSpan span)
    {
        foreach (var o in found)
        {
            if (o.Feature == feature && o.Span != span && o.Span.Contains(span) && o.Span.Length > span.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(List<FeatureMatch> result, string feature, TextSpan span)
    {
        foreach (var r in result)
        {
            if (r.Feature == feature && r.Span == span)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The token of a multi-word phrase's next word after <paramref name="previous"/>: hyphens and apostrophes the
    /// tokenizer split off ("e-mail") are passed over; a comma or a stop is returned (and then matches no word).
    /// </summary>
    private static int NextWord(string text, ReadOnlySpan<Token> tokens, int previous)
    {
        var t = previous + 1;
        while (t < tokens.Length && tokens[t].Kind == TokenKind.Punctuation && IsSkippable(text[tokens[t].Start]))
        {
            t++;
        }

        return t;
    }

    /// <summary>
    /// Matches the rest of a phrase whose first <paramref name="matched"/> words were found at tokens
    /// <paramref name="start"/> to <paramref name="at"/> (exclusive).
    /// </summary>
    private static void TryMatchFrom(
        Phrase phrase,
        int matched,
        string text,
        ReadOnlySpan<Token> tokens,
        int start,
        int at,
        FoldedWords words,
        ref List<(string, TextSpan)>? found,
        ref List<(string, TextSpan)>? excluded,
        DetectScratch scratch)
    {
        var t = at;
        for (var w = matched; w < phrase.Stems.Length; w++)
        {
            if (w > 0)
            {
                t = NextWord(text, tokens, t - 1);
            }

            if (t >= tokens.Length || tokens[t].Kind == TokenKind.Punctuation || !words.Matches(tokens[t], phrase.Stems[w], phrase.Prefix[w]))
            {
                return;
            }

            t++;
        }

        Add(phrase, tokens, start, t, ref found, ref excluded, scratch);
    }

    private static void Add(
        Phrase phrase,
        ReadOnlySpan<Token> tokens,
        int start,
        int end,
        ref List<(string, TextSpan)>? found,
        ref List<(string, TextSpan)>? excluded,
        DetectScratch scratch)
    {
        var span = new TextSpan(tokens[start].Start, tokens[end - 1].Start + tokens[end - 1].Length - tokens[start].Start);
        if (phrase.Exclude)
        {
            (excluded ??= scratch.Excluded).Add((phrase.Feature, span));
        }
        else
        {
            (found ??= scratch.Found).Add((phrase.Feature, span));
        }
    }

    // Hyphens and apostrophes split by the tokenizer ("e-mail") do not break a phrase; commas and stops do.
    private static bool IsSkippable(char c) => c is '-' or '\'' or '\u2019';

    private void Add(string term, string feature, bool exclude)
    {
        var tokens = TextTokenizer.Tokenize(term);
        var words = new List<string>(tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Punctuation)
            {
                if (term[token.Start] == '*' && words.Count > 0 && tokens[i - 1].Start + tokens[i - 1].Length == token.Start)
                {
                    words[^1] += "*";
                }

                continue;
            }

            words.Add(RuleBasedActClassifier.Normalize(term.AsSpan(token.Start, token.Length)));
        }

        if (words.Count == 0)
        {
            return;
        }

        var phrase = new Phrase(feature, [.. words], exclude);
        if (phrase.Prefix[0])
        {
            prefixFirst.Add(phrase);
            return;
        }

        if (!byFirstWord.TryGetValue(words[0], out var entry))
        {
            byFirstWord[words[0]] = entry = new FirstWord();
        }

        entry.Add(phrase);
    }

    /// <summary>The longest first word looked up (longer tokens start no phrase).</summary>
    private const int MaxFirstWord = 64;

    [ThreadStatic]
    private static DetectScratch? Scratch;

    private sealed class DetectScratch
    {
        public List<(string Feature, TextSpan Span)> Found { get; } = [];

        public List<(string Feature, TextSpan Span)> Excluded { get; } = [];

        public List<FeatureMatch> Result { get; } = [];

        public List<(int Index, int Length)> Spans { get; } = [];

        /// <summary>The folded sentence (see <see cref="FoldedWords"/>), grown as needed.</summary>
        public char[] Folded { get; set; } = new char[256];
    }

    /// <summary>A phrase: its words folded, each either a whole word or a prefix ("integrat*", kept as its stem and a flag).</summary>
    private sealed class Phrase
    {
        public Phrase(string feature, string[] words, bool exclude)
        {
            Feature = feature;
            Exclude = exclude;
            Prefix = [.. words.Select(w => w.EndsWith('*'))];
            Stems = [.. words.Select(w => w.EndsWith('*') ? w[..^1] : w)];
        }

        public string Feature { get; }

        public bool Exclude { get; }

        public string[] Stems { get; }

        public bool[] Prefix { get; }
    }

    /// <summary>The phrases that start with one word, by their second word.</summary>
    private sealed class FirstWord
    {
        public FirstWord() => BySecondLookup = bySecond.GetAlternateLookup<ReadOnlySpan<char>>();

        private readonly Dictionary<string, List<Phrase>> bySecond = new(StringComparer.Ordinal);

        /// <summary>Phrases of this one word.</summary>
        public List<Phrase> Single { get; } = [];

        /// <summary>Longer phrases whose second word is a prefix ("free trial*").</summary>
        public List<Phrase> PrefixSecond { get; } = [];

        /// <summary>Longer phrases by their (whole) second word.</summary>
        public Dictionary<string, List<Phrase>>.AlternateLookup<ReadOnlySpan<char>> BySecondLookup { get; }

        /// <summary>Whether any phrase has a second word.</summary>
        public bool HasLonger { get; private set; }

        public void Add(Phrase phrase)
        {
            if (phrase.Stems.Length == 1)
            {
                Single.Add(phrase);
                return;
            }

            HasLonger = true;
            if (phrase.Prefix[1])
            {
                PrefixSecond.Add(phrase);
            }
            else if (bySecond.TryGetValue(phrase.Stems[1], out var list))
            {
                list.Add(phrase);
            }
            else
            {
                bySecond[phrase.Stems[1]] = [phrase];
            }
        }
    }

    /// <summary>A sentence folded once (lower case, one apostrophe; see <see cref="TextTokenizer.Fold(char)"/>), so words compare as spans.</summary>
    private readonly ref struct FoldedWords
    {
        private readonly ReadOnlySpan<char> folded;
        private readonly int offset;

        public FoldedWords(string text, TextSpan sentence, ReadOnlySpan<Token> tokens, DetectScratch scratch)
        {
            // The tokens lie in the sentence when the conversation builder calls; other callers may pass any.
            var from = sentence.Start;
            var to = sentence.End;
            if (tokens.Length > 0)
            {
                from = Math.Min(from, tokens[0].Start);
                to = Math.Max(to, tokens[^1].Start + tokens[^1].Length);
            }

            if (scratch.Folded.Length < to - from)
            {
                scratch.Folded = new char[Math.Max(to - from, scratch.Folded.Length * 2)];
            }

            // ASCII text folds as its lower case (vectorized); anything else character by character.
            var source = text.AsSpan(from, to - from);
            folded = System.Text.Ascii.ToLower(source, scratch.Folded, out var written) == System.Buffers.OperationStatus.Done
                ? scratch.Folded.AsSpan(0, written)
                : TextTokenizer.Fold(source, scratch.Folded);
            offset = from;
        }

        /// <summary>A token's folded text.</summary>
        public ReadOnlySpan<char> Of(Token token) => folded.Slice(token.Start - offset, token.Length);

        /// <summary>Whether a token is <paramref name="stem"/> (or, for a prefix, starts with it).</summary>
        public bool Matches(Token token, string stem, bool prefix) =>
            (prefix ? token.Length >= stem.Length : token.Length == stem.Length)
            && folded.Slice(token.Start - offset, stem.Length).SequenceEqual(stem);
    }
}
