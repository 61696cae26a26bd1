using SalesLint.Acts;
using SalesLint.Features;
using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Engine;

/// <summary>
/// Turns a <see cref="Transcript"/> into a <see cref="Conversation"/>: tokens, sentences, sentence acts, lexicon
/// features, and entities on candidate sentences. Stateless apart from its immutable inputs; thread-safe (the learned
/// model, when a transcript needs it, lends each call its own prediction engine).
/// </summary>
public sealed class ConversationBuilder
{
    private readonly FeatureDetector features;
    private readonly SentenceActModel? model;

    /// <summary>Creates a builder.</summary>
    /// <param name="features">The compiled lexicons.</param>
    /// <param name="mode">Which classifier decides sentence acts; default <see cref="ActClassifierMode.Auto"/>.</param>
    /// <param name="model">The learned model; <see langword="null"/> for the built-in <see cref="SentenceActModel.Default"/>, loaded on first need.</param>
    public ConversationBuilder(FeatureDetector features, ActClassifierMode mode = ActClassifierMode.Auto, SentenceActModel? model = null)
    {
        this.features = features ?? throw new ArgumentNullException(nameof(features));
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown classifier mode");
        }

        Mode = mode;
        this.model = model;
    }

    /// <summary>Which classifier decides sentence acts.</summary>
    public ActClassifierMode Mode { get; }

    /// <summary>Tokenizes and annotates a transcript.</summary>
    /// <param name="transcript">The transcript.</param>
    /// <param name="cancellationToken">Stops the work between turns.</param>
    /// <returns>The conversation.</returns>
    /// <exception cref="TranscriptFormatException">A turn names a speaker that is not a participant, ids repeat, or a time is outside
    /// <see cref="TranscriptTimes"/>' range.</exception>
    public Conversation Build(Transcript transcript, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var participants = new Dictionary<string, Participant>(StringComparer.Ordinal);
        for (var i = 0; i < transcript.Participants.Count; i++)
        {
            var p = transcript.Participants[i];
            if (!participants.TryAdd(p.Id, p))
            {
                throw new TranscriptFormatException(transcript.SourcePath, $"participant id '{p.Id}' is used twice", place: $"participants[{i}]");
            }
        }

        Reading.Timestamps.CheckTimes(transcript.SourcePath, transcript.Turns, null);
        var punctuated = ActClassification.IsPunctuated(transcript.Turns);
        var actModel = Mode == ActClassifierMode.Model || (Mode == ActClassifierMode.Auto && !punctuated) ? model ?? SentenceActModel.Default : null;
        var minimumStretch = punctuated ? QuestionBoundary.PunctuatedMinimumStretch : QuestionBoundary.MinimumStretch;
        var turns = new Turn[transcript.Turns.Count];
        var globalSentence = 0;
        var ranges = new List<(int First, int Count)>();
        Token[]? ahead = null; // the next turn's tokens (see ActContext.NextTokens and ActContext.FollowingTokens)
        for (var t = 0; t < turns.Length; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var raw = transcript.Turns[t];
            if (!participants.TryGetValue(raw.Speaker, out var speaker))
            {
                throw new TranscriptFormatException(
                    transcript.SourcePath,
                    $"turn speaker '{raw.Speaker}' is not a participant (known: {string.Join(", ", participants.Keys.Order(StringComparer.Ordinal))})",
                    line: raw.SourceLine,
                    place: raw.SourceLine is null ? $"turns[{t}].speaker" : null);
            }

            var text = raw.Text;
            var tokens = ahead ?? TextTokenizer.Tokenize(text);
            var next = t + 1 < turns.Length ? transcript.Turns[t + 1] : null;
            ahead = next is null ? null : TextTokenizer.Tokenize(next.Text);
            var otherSideNext = next is not null && !string.Equals(next.Speaker, raw.Speaker, StringComparison.Ordinal);
            var turn = new Turn(t, speaker, text, raw.Start, raw.End, raw.SourceLine, tokens, raw.SourceColumn);
            SentenceSplitter.Split(text, tokens, ranges, minimumStretch);
            var sentences = new Sentence[ranges.Count];
            for (var s = 0; s < ranges.Count; s++)
            {
                var (first, count) = ranges[s];
                var sentenceTokens = tokens.AsSpan(first, count);
                var span = new TextSpan(sentenceTokens[0].Start, sentenceTokens[^1].Start + sentenceTokens[^1].Length - sentenceTokens[0].Start);
                var context = s == 0 ? ActContext.After(t > 0 ? turns[t - 1] : null, speaker, ranges.Count == 1) : default;
                if (ahead is not null && s == ranges.Count - 1)
                {
                    // The same speaker's next turn goes on from this one (a pause, or the other side's backchannel not
                    // transcribed): its first sentence follows this sentence as the next sentence of one turn would.
                    context = otherSideNext ? context.Before(next!.Text, ahead) : context.Then(next!.Text, ahead.AsSpan(0, FirstSentenceLength(next.Text, ahead)));
                }
                else if (s < ranges.Count - 1)
                {
                    context = context.Then(text, tokens.AsSpan(ranges[s + 1].First, ranges[s + 1].Count));
                }

                var act = actModel is null
                    ? RuleBasedActClassifier.Classify(text, sentenceTokens, context)
                    : ActClassification.Classify(actModel, text, sentenceTokens, context);
                var found = features.Detect(text, span, sentenceTokens);
                var kinds = features.EntityKindsFor(found);
                var entities = kinds.Count == 0 ? [] : EntityRecognizer.Recognize(text, span, kinds);
                found = features.ApplyEntityRequirements(found, entities);
                sentences[s] = new Sentence(turn, s, globalSentence++, span, first, count, act, found, entities);
            }

            turn.SetSentences(sentences);
            turns[t] = turn;
        }

        return new Conversation(transcript.Id, transcript.SourcePath, transcript.Participants, turns, transcript.Metadata);
    }

    /// <summary>
    /// The tokens of a turn's first sentence as far as its first terminal mark (<c>. ? !</c>, the mark included), or the
    /// whole turn without one: enough for the rules that read the same speaker's next sentence, without splitting the turn.
    /// </summary>
    private static int FirstSentenceLength(string text, Token[] tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation && text[tokens[i].Start] is '.' or '?' or '!')
            {
                return i + 1;
            }
        }

        return tokens.Length;
    }
}
