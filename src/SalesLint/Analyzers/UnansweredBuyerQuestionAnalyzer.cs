using SalesLint.Acts;
using SalesLint.Analysis;
using SalesLint.Diagnostics;
using SalesLint.Features;
using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Analyzers;

/// <summary>
/// SL6003 Unanswered buyer question: a buyer asks the seller a question and the seller's reply talks past it.
/// The reply is what the seller says after the buyer's turn until a buyer speaks again (backchannels aside). It is
/// reported when it shows no sign of an answer and its first sentences change the subject (a <c>deflection</c>
/// phrase such as "the other thing I want to mention", or a pivot to product talk). It
/// answers when it opens with a direct answer ("yes", "no", "it does", "probably"), with a short qualified yes or no
/// ("For the pilot, yes.") or with an amount or a duration ("Two weeks from kickoff to live.", "About $8,000 per month."), shares a content word with the
/// buyer's turn ("onboarding" → "the onboarding fee"), or gives the kind of answer the question asks for (an
/// amount, a number, a duration or a date for "how much", "how long", "when"; a place for "where"). Greetings and
/// other small-talk questions ("how are you?") are skipped, as are backchannels and repair requests in question form
/// ("Is that right?", "Sorry?": not <see cref="SentenceAct.Question"/>), and so is a question that another buyer takes up first
/// or that nobody replies to. Nothing is reported on an investor call (<see cref="InvestorVocabulary.IsInvestorCall"/>).
/// Thresholds come from <see cref="UnansweredBuyerQuestionOptions"/> (<c>rules/recommended/SL6003-unanswered-buyer-question.yaml</c>).
/// </summary>
public sealed class UnansweredBuyerQuestionAnalyzer : BuiltInAnalyzer<UnansweredBuyerQuestionOptions>
{
    /// <summary>The rule ID.</summary>
    public const string RuleId = "SL6003";

    private static readonly HashSet<string> StopWords = new(
        [
            "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "anything", "are", "as", "at", "be",
            "because", "been", "before", "being", "but", "by", "can", "can't", "could", "couldn't", "did", "didn't", "do", "does",
            "doesn't", "doing", "don't", "for", "from", "get", "gets", "getting", "go", "going", "got", "had", "has", "have", "having",
            "he", "her", "here", "him", "his", "how", "i", "i'd", "i'll", "i'm", "i've", "if", "in", "into", "is", "isn't", "it",
            "it's", "its", "just", "kind", "know", "let", "like", "make", "makes", "may", "me", "might", "more", "most", "much",
            "my", "need", "no", "not", "now", "of", "off", "on", "one", "only", "or", "other", "our", "ours", "out", "over", "really",
            "right", "said", "say", "says", "see", "she", "should", "so", "some", "something", "sorry", "such", "sure", "tell",
            "than", "that", "that's", "the", "their", "them", "then", "there", "there's", "these", "they", "they're", "thing",
            "things", "think", "this", "those", "through", "to", "too", "uh", "um", "up", "us", "very", "want", "was", "way", "we",
            "we'd", "we'll", "we're", "we've", "well", "were", "what", "what's", "when", "where", "which", "who", "why", "will",
            "with", "would", "yeah", "yes", "you", "you'd", "you'll", "you're", "you've", "your", "yours", "okay", "ok", "hm", "hmm",
            "ask", "question", "guys", "actually", "honestly", "maybe", "still", "even", "ever", "anyway", "quite", "pretty",
        ],
        StringComparer.Ordinal);

    /// <summary>The most words a short direct answer (<see cref="IsShortAnswer"/>) has.</summary>
    private const int ShortAnswerWords = 10;

    private static readonly HashSet<string> FinalAnswerWords = new(["yes", "yeah", "yep", "no", "nope", "correct", "exactly"], StringComparer.Ordinal);

    private static readonly HashSet<string> Approximations = new(
        ["about", "around", "roughly", "approximately", "just", "only", "under", "over", "less", "more", "than", "up", "to",
         "usually", "typically", "within", "maybe", "probably", "somewhere", "between", "at", "least", "most", "so", "well", "um", "uh", "a"],
        StringComparer.Ordinal);

    /// <summary>Interjections a spoken answer opens with before its answer word ("Oh, it'll work.", "Well, yes.").</summary>
    private static readonly HashSet<string> LeadIns = new(["oh", "well", "um", "uh", "ah", "look", "listen", "so", "okay", "ok", "hmm"], StringComparer.Ordinal);

    /// <summary>
    /// Words a short question opens with when it only qualifies the question before it ("Three years? After this
    /// summer?"): a preposition, with no question word of its own.
    /// </summary>
    private static readonly HashSet<string> QualifyingOpeners = new(
        ["after", "before", "with", "without", "for", "since", "during", "until", "in", "on", "at", "by", "from", "over", "under",
         "given", "despite", "even", "through", "across"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> QuestionWords = new(
        ["what", "what's", "how", "how's", "when", "where", "who", "who's", "whom", "whose", "which", "why"], StringComparer.Ordinal);

    /// <summary>The most words a qualifying fragment (<see cref="QualifiesEarlierQuestion"/>) has.</summary>
    private const int QualifyingFragmentWords = 5;

    private static readonly HashSet<string> NumberWords = new(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
         "thirty", "forty", "fifty", "sixty", "ninety", "hundred", "half", "couple", "few", "several", "dozen"],
        StringComparer.Ordinal);

    private readonly LinearPattern ignore;
    private readonly (LinearPattern Question, LinearPattern Answer)[] answerTypes;
    private readonly string[][] openers;

    /// <summary>Creates the analyzer with the default descriptor and options.</summary>
    public UnansweredBuyerQuestionAnalyzer()
        : this(CreateDescriptor(EngineRules.DefaultHelpLinkBase), new UnansweredBuyerQuestionOptions())
    {
    }

    /// <summary>Creates the analyzer.</summary>
    /// <param name="descriptor">The rule's descriptor (see <see cref="CreateDescriptor"/>).</param>
    /// <param name="options">The thresholds and word lists.</param>
    /// <exception cref="ArgumentException">A pattern in <paramref name="options"/> is invalid.</exception>
    public UnansweredBuyerQuestionAnalyzer(DiagnosticDescriptor descriptor, UnansweredBuyerQuestionOptions options)
        : base(descriptor, options)
    {
        ignore = new LinearPattern(options.IgnoreQuestions);
        answerTypes = [.. options.AnswerTypes.Select(t => (new LinearPattern(t.Question), new LinearPattern(t.Answer)))];
        openers = [.. options.AnswerOpeners.Select(o => Words(o).ToArray()).Where(w => w.Length > 0)];
    }

    /// <summary>The rule's descriptor. Placeholders: <c>{question}</c>, <c>{speaker}</c> (the buyer), <c>{seller}</c>.</summary>
    /// <param name="helpLinkBase">Base of the help link; the ID and <c>.md</c> are appended.</param>
    /// <returns>The descriptor.</returns>
    public static DiagnosticDescriptor CreateDescriptor(string helpLinkBase) => new()
    {
        Id = RuleId,
        Title = "Unanswered buyer question",
        MessageTemplate = "{speaker} asked '{question}' and the reply moved on without answering it: answer straight, or say when you will",
        Category = "closing",
        DefaultSeverity = DiagnosticSeverity.Warning,
        HelpLink = (helpLinkBase ?? throw new ArgumentNullException(nameof(helpLinkBase))) + RuleId + ".md",
        Description = "Honest, straight answers: a buyer question the seller talks past erodes trust. Reports a reply that changes "
            + "the subject (a deflection phrase or a pivot to product talk) and shows no sign of an answer: no direct answer word, "
            + "no content word shared with the buyer's turn, not the number, duration, date or place the question asks for, no promise to find out.",
    };

    /// <inheritdoc/>
    public override void Initialize(AnalyzerRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterConversationAction(context =>
        {
            var turns = context.Conversation.Turns;
            var reported = 0;
            bool? investorCall = null;
            foreach (var turn in turns)
            {
                if (reported >= Options.MaxReports)
                {
                    return;
                }

                if (turn.Role != SpeakerRole.Buyer)
                {
                    continue;
                }

                var questions = turn.Sentences.Where(s => s.Act == SentenceAct.Question && !ignore.IsMatch(s.AsSpan())).ToList();
                if (questions.Count == 0)
                {
                    continue;
                }

                var reply = Reply(turns, turn);
                if (reply is null || reply.Count == 0 || !Deflects(reply))
                {
                    continue;
                }

                var question = questions.Exists(q => Answers(q, turn, reply)) ? LaterQuestionPassedOver(turn, questions, reply) : questions[^1];
                if (question is null)
                {
                    continue;
                }

                // An earnings call (executives answering analysts) is no sale, as the YAML rules' `notIn:
                // [investor-call]` says; read once, only when there is something to report.
                investorCall ??= InvestorVocabulary.IsInvestorCall(context.Conversation);
                if (investorCall.Value)
                {
                    return;
                }

                reported++;
                var args = new Dictionary<string, string>
                {
                    ["question"] = question.Text,
                    ["speaker"] = turn.Speaker.Name,
                    ["seller"] = reply[0].Turn.Speaker.Name,
                };
                context.Report(Diagnostic.Create(Descriptor, DiagnosticLocation.ForSentence(question), args));
            }
        });
    }

    /// <summary>Lower-case words of a text, with typographic apostrophes folded.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var tokens = TextTokenizer.Tokenize(text);
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Punctuation)
            {
                yield return RuleBasedActClassifier.Normalize(text.AsSpan(token.Start, token.Length));
            }
        }
    }

    private static List<string> Words(Sentence sentence)
    {
        var words = new List<string>();
        var text = sentence.Turn.Text;
        foreach (var token in sentence.Tokens)
        {
            if (token.Kind != TokenKind.Punctuation)
            {
                words.Add(RuleBasedActClassifier.Normalize(text.AsSpan(token.Start, token.Length)));
            }
        }

        return words;
    }

    private static bool SaysSomething(Sentence sentence) => sentence.Act is SentenceAct.Question or SentenceAct.Statement;

    /// <summary>
    /// A short direct answer that does not open with an answer word: a qualified yes or no ("For the pilot, yes."), or an
    /// amount or duration up front ("Two weeks from kickoff to live.", "About $8,000 per month.").
    /// </summary>
    private static bool IsShortAnswer(Sentence sentence, List<string> words)
    {
        if (sentence.Act == SentenceAct.Question || words.Count is 0 or > ShortAnswerWords)
        {
            return false;
        }

        if (words.Count >= 2 && FinalAnswerWords.Contains(words[^1]))
        {
            return true;
        }

        var first = 0;
        while (first < words.Count - 1 && Approximations.Contains(words[first]))
        {
            first++;
        }

        foreach (var token in sentence.Tokens)
        {
            if (token.Kind == TokenKind.Punctuation)
            {
                continue;
            }

            if (first-- > 0)
            {
                continue;
            }

            return token.Kind == TokenKind.Number || NumberWords.Contains(RuleBasedActClassifier.Normalize(sentence.Turn.Slice(token.Span)));
        }

        return false;
    }

    /// <summary>A light stem: plural, -ing, -ed and a final e removed, so "quoting", "quotes" and "quote" meet.</summary>
    private static string Stem(string word)
    {
        var w = word.Replace("'s", string.Empty, StringComparison.Ordinal);
        foreach (var (suffix, replacement) in new[] { ("ies", "y"), ("ing", string.Empty), ("ed", string.Empty), ("es", string.Empty), ("s", string.Empty) })
        {
            if (w.Length > suffix.Length + 2 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                w = w[..^suffix.Length] + replacement;
                break;
            }
        }

        return w.Length > 3 && w.EndsWith('e') ? w[..^1] : w;
    }

    private static List<string> ContentStems(IEnumerable<string> words) =>
        [.. words.Where(w => w.Length >= 3 && !StopWords.Contains(w) && !w.All(char.IsDigit)).Select(Stem).Distinct(StringComparer.Ordinal)];

    /// <summary>Whether two stems name the same thing: equal, or sharing their first five letters ("donation", "donate").</summary>
    private static bool SameWord(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal) || (a.Length >= 5 && b.Length >= 5 && a.AsSpan(0, 5).SequenceEqual(b.AsSpan(0, 5)));

    /// <summary>The seller's sentences after the buyer's turn until a buyer speaks again; null when another buyer takes the question.</summary>
    private static List<Sentence>? Reply(IReadOnlyList<Turn> turns, Turn question)
    {
        var reply = new List<Sentence>();
        for (var i = question.Index + 1; i < turns.Count; i++)
        {
            var turn = turns[i];
            var says = turn.SaysSomething;
            if (turn.Role == SpeakerRole.Seller)
            {
                reply.AddRange(turn.Sentences);
                continue;
            }

            if (turn.Role != SpeakerRole.Buyer || !says)
            {
                continue;
            }

            if (reply.Count > 0)
            {
                break;
            }

            if (turn.Speaker.Id != question.Speaker.Id)
            {
                return null;
            }
        }

        return reply;
    }

    private bool Deflects(List<Sentence> reply) =>
        reply.Where(SaysSomething).Take(Options.DeflectionSentences).Any(s => Options.DeflectionFeatures.Exists(s.HasFeature));

    /// <summary>
    /// A later question of a turn with several that the reply passes over while answering an earlier one ("Can patients
    /// book online? And can I stop them booking a new-patient slot as a follow-up?" answered about online booking only):
    /// the first such question whose own content words (those not already said earlier in the turn) the reply does not
    /// take up, and whose kind of answer (<see cref="UnansweredBuyerQuestionOptions.AnswerTypes"/>) it does not give.
    /// A reply word ("Yes.") answers only the first question. Null when every question is taken up.
    /// </summary>
    private Sentence? LaterQuestionPassedOver(Turn asked, List<Sentence> questions, List<Sentence> reply)
    {
        if (questions.Count < 2)
        {
            return null;
        }

        var said = ContentStems(reply.SelectMany(Words));
        foreach (var question in questions.Skip(1))
        {
            if (QualifiesEarlierQuestion(question))
            {
                continue;
            }

            var earlier = ContentStems(asked.Sentences.TakeWhile(s => !ReferenceEquals(s, question)).SelectMany(Words));
            var own = ContentStems(Words(question)).Where(t => !earlier.Exists(e => SameWord(t, e))).ToList();
            if (own.Count < Options.MinSharedWords || own.Exists(t => said.Exists(r => SameWord(t, r))))
            {
                continue;
            }

            if (!answerTypes.Any(t => t.Question.IsMatch(question.AsSpan()) && reply.Exists(s => t.Answer.IsMatch(s.AsSpan()))))
            {
                return question;
            }
        }

        return null;
    }

    /// <summary>
    /// A short question that only qualifies the one before it in the same turn ("Three years? After this summer?",
    /// "Every acre? With the home quarter?"): it opens with a preposition, has no question word and at most
    /// <see cref="QualifyingFragmentWords"/> words, so the reply to the earlier question answers it too.
    /// </summary>
    private static bool QualifiesEarlierQuestion(Sentence question)
    {
        var words = Words(question);
        return words.Count is > 0 and <= QualifyingFragmentWords && QualifyingOpeners.Contains(words[0]) && !words.Exists(QuestionWords.Contains);
    }

    private bool Answers(Sentence question, Turn asked, List<Sentence> reply)
    {
        // The first sentence ("Yes.") or the first that says something ("Yes. We do."), after a spoken lead-in ("Oh, it'll work.").
        foreach (var first in new[] { reply[0], reply.Find(SaysSomething) ?? reply[0] }.Distinct())
        {
            var words = Words(first);
            var start = 0;
            while (start < words.Count - 1 && LeadIns.Contains(words[start]))
            {
                start++;
            }

            foreach (var opener in openers)
            {
                if (words.Count - start >= opener.Length && words.Skip(start).Take(opener.Length).SequenceEqual(opener))
                {
                    return true;
                }
            }

            if (IsShortAnswer(first, words))
            {
                return true;
            }
        }

        var topic = ContentStems(asked.Sentences.SelectMany(Words));
        var said = ContentStems(reply.SelectMany(Words));
        if (topic.Count(t => said.Exists(r => SameWord(t, r))) >= Options.MinSharedWords)
        {
            return true;
        }

        foreach (var (kind, answer) in answerTypes)
        {
            if (kind.IsMatch(question.AsSpan()) && reply.Exists(s => answer.IsMatch(s.AsSpan())))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Options of <see cref="UnansweredBuyerQuestionAnalyzer"/> (SL6003), under <c>options:</c> in its YAML file.</summary>
public sealed record UnansweredBuyerQuestionOptions : IAnalyzerOptions
{
    /// <summary>Content words (stop words aside, lightly stemmed) the reply must share with the buyer's turn to count as an answer. Default: 1.</summary>
    public int MinSharedWords { get; init; } = 1;

    /// <summary>Lexicons that mark the reply changing the subject. Default: <c>deflection</c>, <c>product</c>, <c>solution</c>.</summary>
    public List<string> DeflectionFeatures { get; init; } = ["deflection", "product", "solution"];

    /// <summary>How many of the reply's first sentences (backchannels aside) are searched for a deflection. Default: 2.</summary>
    public int DeflectionSentences { get; init; } = 2;

    /// <summary>Words that open a direct answer when they start the reply's first sentence. Default: yes, no, sure, it does, probably, …</summary>
    public List<string> AnswerOpeners { get; init; } =
    [
        "yes", "yeah", "yep", "no", "nope", "sure", "absolutely", "definitely", "of course", "correct", "exactly", "not yet",
        "not really", "it does", "it doesn't", "it can", "it can't", "it will", "it won't", "it is", "it isn't", "we do", "we don't",
        "we can", "we can't", "we will", "we won't", "we are", "we aren't", "i can", "i can't", "i do", "i don't", "that's right",
        "probably", "maybe", "perhaps", "possibly", "i think", "i believe", "i'd say", "i guess", "honestly",
        "it'll", "that'll", "they'll", "they do", "they don't", "they can", "they can't", "they will", "they won't",
        "it works", "that works",
    ];

    /// <summary>Questions that need no answer (regular expression): greetings, check-ins and a question asking leave to ask one. Default: "how are you?", "can you hear me?", "Can I ask you something?", …</summary>
    public string IgnoreQuestions { get; init; } =
        @"\bhow('s| is| are| have| was)( you| things| it| everything| your (day|week|weekend|morning))( (doing|going|been|today|this (morning|afternoon|evening)))?\W*$|\b(and|how about|what about) (you|yourself)\W*$|\b(can you hear me|are you (still )?there|does that make sense|you know what i mean)\b|\b(can|could|may) i ask (you )?(something|a question|a quick question|one more thing)\b";

    /// <summary>
    /// Kinds of question and the answers they take (regular expressions): a reply with a match of <c>answer</c> answers
    /// a question with a match of <c>question</c>. Default: amounts, numbers, durations and dates for how much/many/long,
    /// when, cost and price; places for where.
    /// </summary>
    public List<AnswerType> AnswerTypes { get; init; } =
    [
        new()
        {
            // What the call is about, what the seller does or who is calling ("What's this about?", "What can I do for
            // you?", "yeah who's this"): any reply answers it, a pitch too (badly: that is SL1002's premature product
            // talk, not a question ignored).
            Question = @"\bwhat('s| is) (this|it|that|the call) (about|regarding|for)\b|\bwhat (can|could) (i|we) do for you\b|\bwhat do you (guys )?(do|sell|offer)\b|\bwho (are you|is this) with\b|\bwho('s| is) (this|calling|speaking)\b|\bwho am i (speaking|talking) (with|to)\b",
            Answer = @".",
        },
        new()
        {
            Question = @".",
            Answer = @"\b(get back to you|find out|check (on )?(that|this)|confirm (that|this|it)|follow up on (that|this))\b",
        },
        new()
        {
            Question = @"\b(how (much|many|soon|often|big|old|far|fast|early|late)|when|what time|what date|which day|cost|costs|price|pricing|investment|fee|fees|budget|rate|timeline|timeframe)\b",
            Answer = @"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|million|half|couple|few|several|dozen|days?|weeks?|months?|years?|quarters?|hours?|minutes?|today|tomorrow|monday|tuesday|wednesday|thursday|friday|january|february|march|april|june|july|august|september|october|november|december)\b",
        },
        new()
        {
            // "How long does switching take?" takes a length of time: an amount ("a nine hundred dollar value") or a
            // deadline to sign ("by the end of the month") does not answer it.
            Question = @"\bhow long\b",
            Answer = @"\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|few|couple|several|half|same)[ -]((or|to) [\w-]+ )?((business|working|full|calendar) )?(days?|weeks?|months?|years?|quarters?|hours?|minutes?)\b|\b(since|overnight|same day|right away|immediately|instantly)\b",
        },
        new()
        {
            // "Why did it go up?" takes a reason, however weak ("It's just the new pricing from corporate").
            Question = @"\bwhy\b",
            Answer = @"\b(because|cause|since|due to|the reason|reasons|that['’]s why|which is why|comes from|came from|came down from)\b|^(it['’]s|it is|it was|that['’]s|that is|that was)\b",
        },
        new()
        {
            // An offer put as a question ("would you take 250?", "could u do 90 for it"): a counter-price or "500 is
            // firm" answers it ("it comes with 2 controllers and 5 games. i'd do 325").
            Question = @"\b(would|will|could|can) (you|u|ya) (take|do|accept|consider|go)\b[^?.!]*(\d|\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|grand)\b)",
            Answer = @"\d|\b(firm|lowest|too low|that low|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|grand)\b",
        },
        new()
        {
            Question = @"\bwhere\b|\bwhich (region|country|countries|city|cities|state|place|location|office)s?\b",
            Answer = @"\b(in|at|near|from|based|located|headquartered|across|around|throughout|worldwide|globally|online|here|there)\b",
        },
    ];

    /// <summary>Most findings per conversation. Default: 5.</summary>
    public int MaxReports { get; init; } = 5;

    /// <inheritdoc/>
    public void Validate(ICollection<(string Key, string Message)> errors, IReadOnlySet<string> features)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(features);
        if (MinSharedWords < 1)
        {
            errors.Add(("minSharedWords", "minSharedWords must be at least 1"));
        }

        if (MaxReports < 1)
        {
            errors.Add(("maxReports", "maxReports must be at least 1"));
        }

        if (DeflectionSentences < 1)
        {
            errors.Add(("deflectionSentences", "deflectionSentences must be at least 1"));
        }

        if (DeflectionFeatures.Count == 0)
        {
            errors.Add(("deflectionFeatures", "deflectionFeatures needs at least one lexicon"));
        }

        foreach (var feature in DeflectionFeatures.Where(f => !features.Contains(f)))
        {
            errors.Add(("deflectionFeatures", $"unknown feature '{feature}' in deflectionFeatures"));
        }

        var patterns = new List<(string Key, string Pattern)> { ("ignoreQuestions", IgnoreQuestions) };
        for (var i = 0; i < AnswerTypes.Count; i++)
        {
            patterns.Add(($"answerTypes[{i}].question", AnswerTypes[i].Question));
            patterns.Add(($"answerTypes[{i}].answer", AnswerTypes[i].Answer));
        }

        foreach (var (key, pattern) in patterns)
        {
            try
            {
                PatternRegistry.Validate(pattern);
            }
            catch (ArgumentException ex)
            {
                errors.Add((key, $"invalid pattern: {ex.Message}"));
            }
        }
    }
}

/// <summary>A kind of question and the answers it takes (see <see cref="UnansweredBuyerQuestionOptions.AnswerTypes"/>).</summary>
public sealed record AnswerType
{
    /// <summary>A regular expression matched on the buyer's question.</summary>
    public string Question { get; init; } = string.Empty;

    /// <summary>A regular expression matched on the sentences of the seller's reply.</summary>
    public string Answer { get; init; } = string.Empty;
}
