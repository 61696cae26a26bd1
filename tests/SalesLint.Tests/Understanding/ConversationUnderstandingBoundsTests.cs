using SalesLint.Model;
using SalesLint.Reading;
using SalesLint.Tests.RuleKinds;
using SalesLint.Understanding;
using static SalesLint.Tests.TestSupport;

namespace SalesLint.Tests.Understanding;

public sealed class ConversationUnderstandingBoundsTests
{
    private static readonly double[] Confidences = [0.3, 0.5, 0.75, 0.85, 0.9, 0.95];

    /// <summary>The labels <see cref="ConversationUnderstanding.MayHave"/> bounds with more than "may always".</summary>
    private static readonly SemanticLabel[] Bounded =
        [SemanticLabel.Agreement, SemanticLabel.Commitment, SemanticLabel.AcceptsOffer, SemanticLabel.Requested, SemanticLabel.Reflection];

    /// <summary>The role-play samples, the coaching and negotiation samples and the written sales calls (blind set 1 and held).</summary>
    private static IEnumerable<string> Corpus() =>
        RolePlaySamples.Concat(
            new[] { "samples/coaching", "samples/negotiation", "benchmarks/SalesLint.Evaluation/data/sales-calls-blind", "benchmarks/SalesLint.Evaluation/data/sales-calls-held" }
                .SelectMany(d => Directory.EnumerateFiles(Path.Combine(RepositoryRoot, d)))
                .Where(f => TranscriptReader.SupportedExtensions.Contains(Path.GetExtension(f)) && !f.EndsWith(".md", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal));

    /// <summary>
    /// The corpus's transcripts and every rule case's (written to reach each way a label is set: a yes to terms, a day
    /// said back, a grant, a playback …), each with a name for the failure message.
    /// </summary>
    internal static IEnumerable<(string Name, Transcript Transcript)> Transcripts() =>
        Corpus().SelectMany(f => TranscriptReader.ReadFile(f).Select(t => (Path.GetFileName(f), t)))
            .Concat(RuleCaseFile.Files().SelectMany(f => RuleCaseFile.Load(f) is var file
                ? file.Valid.Concat(file.Invalid).Select(c => ($"{file.Rule}: {c.Name}", RuleCaseTests.ToTranscript(c)))
                : []));

    [Test]
    public void MayHave_EverySentenceOfTheSamplesSalesCallsAndRuleCases_IsTrueWheneverLabellingGivesTheLabel()
    {
        var checkedFalse = new Dictionary<SemanticLabel, int>();
        var reached = new Dictionary<SemanticLabel, int>();
        foreach (var (name, transcript) in Transcripts())
        {
            var conversation = BuiltInEngine.Tokenize(transcript);
            var understanding = conversation.Understanding;
            var sentences = conversation.Sentences.ToList();

            // Asked before any sentence is labelled, as a selector asks.
            var bounds = sentences.Select(s => Enum.GetValues<SemanticLabel>().Select(l => Confidences.Select(c => understanding.MayHave(s, l, c)).ToArray()).ToArray()).ToArray();
            for (var i = 0; i < sentences.Count; i++)
            {
                var labels = sentences[i].Labels;
                foreach (var label in Enum.GetValues<SemanticLabel>())
                {
                    for (var c = 0; c < Confidences.Length; c++)
                    {
                        var may = bounds[i][(int)label][c];
                        if (labels.Has(label, Confidences[c]))
                        {
                            may.Should().BeTrue($"{name}: \"{sentences[i].Text}\" has {label} at {Confidences[c]} ({labels.Confidence(label)})");
                            reached[label] = reached.GetValueOrDefault(label) + 1;
                        }
                        else if (!may)
                        {
                            checkedFalse[label] = checkedFalse.GetValueOrDefault(label) + 1;
                        }
                    }
                }
            }
        }

        // The corpus has sentences with each bounded label, and sentences the bounds spare from labelling.
        foreach (var label in Bounded)
        {
            reached.GetValueOrDefault(label).Should().BePositive(label.ToString());
            checkedFalse.GetValueOrDefault(label).Should().BePositive(label.ToString());
        }
    }

    [Test]
    public void Has_EverySentenceOfTheSamplesSalesCallsAndRuleCases_IsWhatLabellingSays()
    {
        var spared = new Dictionary<SemanticLabel, int>();
        foreach (var (name, transcript) in Transcripts())
        {
            var reference = BuiltInEngine.Tokenize(transcript);
            var expected = reference.Sentences.Select(s => s.Labels).ToList();
            foreach (var label in Enum.GetValues<SemanticLabel>())
            {
                // A fresh conversation per label, asked sentence by sentence before any is labelled, as rules ask.
                var conversation = BuiltInEngine.Tokenize(transcript);
                var sentences = conversation.Sentences.ToList();
                for (var i = 0; i < sentences.Count; i++)
                {
                    foreach (var confidence in Confidences)
                    {
                        conversation.Understanding.Has(sentences[i], label, confidence).Should().Be(
                            expected[i].Has(label, confidence), $"{name}: \"{sentences[i].Text}\" {label} at {confidence} ({expected[i].Confidence(label)})");
                    }
                }

                spared[label] = spared.GetValueOrDefault(label) + sentences.Count(s => !conversation.Understanding.IsLabelled(s));
            }
        }

        // The labels the context never changes, and the bounded ones, are answered without labelling most sentences.
        foreach (var label in Bounded.Concat([SemanticLabel.Objection, SemanticLabel.Discovery, SemanticLabel.NextStep]))
        {
            spared.GetValueOrDefault(label).Should().BePositive(label.ToString());
        }
    }

    [Test]
    public void MayHave_AnswerNamingNoTermsDayOrGrant_AcceptsNoOfferAndAgreesOnlyByTheModel()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Hi, would you like to hear about Save the Children?"),
            Buyer("What do they do with the money?"),
            Seller("They run schools and clinics for children in poor countries.")));
        var answer = conversation.Turns[2].Sentences[0];

        conversation.Understanding.MayHave(answer, SemanticLabel.AcceptsOffer, 0.5).Should().BeFalse("the question it answers offers no terms and asks the seller to take nothing");
        conversation.Understanding.MayHave(answer, SemanticLabel.Agreement, 0.5).Should().BeFalse("no day, no terms, and the model reads no agreement");
        conversation.Understanding.IsLabelled(answer).Should().BeFalse("the bounds read no label of the sentence in its context");
        answer.Labels.Has(SemanticLabel.AcceptsOffer).Should().BeFalse();
    }

    [Test]
    public void MayHave_YesToADayTheOtherSideProposed_MayAgree()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Could we look at it together on Thursday at ten?"),
            Buyer("Sure, that works.")));
        var yes = conversation.Turns[1].Sentences[0];

        conversation.Understanding.MayHave(yes, SemanticLabel.Agreement, 0.9).Should().BeTrue();
        yes.Labels.Has(SemanticLabel.Agreement, 0.9).Should().BeTrue();
    }

    [Test]
    public void MayHave_SellerTellingWithNoPlayback_ReflectsNothing()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Buyer("How long does the move take?"),
            Seller("Most teams are live in about two weeks.")));
        var telling = conversation.Turns[1].Sentences[0];

        conversation.Understanding.MayHave(telling, SemanticLabel.Reflection, 0.75).Should().BeFalse("none of the other side's words is said back");
        telling.Labels.Has(SemanticLabel.Reflection, 0.75).Should().BeFalse();
    }

    [Test]
    public void MayHave_SellerSayingBackTheBuyersWords_MayReflect()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("What's going on with the schedule?"),
            Buyer("Fridays are a mess. We pay a lot of overtime on Fridays."),
            Seller("Got it, so your Fridays are a mess and the overtime piles up.")));
        var playback = conversation.Turns[2].Sentences[0];

        conversation.Understanding.MayHave(playback, SemanticLabel.Reflection, 0.75).Should().BeTrue();
        playback.Labels.Has(SemanticLabel.Reflection, 0.75).Should().BeTrue();
    }

    [Test]
    public void MayHave_ReplyToAStatementThatAsksNothing_IsNotRequested()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("Thanks for taking the call."),
            Buyer("We keep the forecast in spreadsheets today."),
            Seller("Our platform pulls the forecast straight from the CRM.")));
        var pitch = conversation.Turns[2].Sentences[0];

        conversation.Understanding.MayHave(pitch, SemanticLabel.Requested, 0.5).Should().BeFalse("the buyer asked nothing");
        pitch.Labels.Has(SemanticLabel.Requested).Should().BeFalse();
    }

    [Test]
    public void MayHave_YesToTermsOutsideABusinessSale_MayAcceptTheOffer()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(
            Seller("I drink a lot myself, so I would be willing to do 1 firewood, 2 water and 1 food."),
            Buyer("Sounds great!")));
        var yes = conversation.Turns[1].Sentences[0];

        conversation.Understanding.MayHave(yes, SemanticLabel.AcceptsOffer, 0.5).Should().BeTrue();
        yes.Labels.Has(SemanticLabel.AcceptsOffer).Should().BeTrue();
    }

    [Test]
    public void MayHave_FirstSentenceOfTheCall_AcceptsNoOffer()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Buyer("Sounds great!"), Seller("Glad to hear it.")));

        conversation.Understanding.MayHave(conversation.Turns[0].Sentences[0], SemanticLabel.AcceptsOffer, 0.5).Should().BeFalse("it answers nothing");
    }

    [Test]
    public void MayHave_AgreementAboveTheContextsConfidence_RestsOnTheModel()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller("Does Thursday at ten work?"), Buyer("The weather was odd this week.")));
        var sentence = conversation.Turns[1].Sentences[0];

        conversation.Understanding.MayHave(sentence, SemanticLabel.Agreement, 0.5).Should().BeTrue("the context may raise agreement to 0.9");
        conversation.Understanding.MayHave(sentence, SemanticLabel.Agreement, 0.95).Should().BeFalse("the model does not read agreement here");
    }

    [Test]
    public void MayHave_LabelledSentence_IsWhatTheLabelsSay()
    {
        var conversation = BuiltInEngine.Tokenize(Transcript(Seller("What are you trying to fix this year?"), Buyer("Our forecast is always off.")));
        var sentence = conversation.Turns[1].Sentences[0];
        var labels = sentence.Labels;

        foreach (var label in Enum.GetValues<SemanticLabel>())
        {
            conversation.Understanding.MayHave(sentence, label, 0.5).Should().Be(labels.Has(label, 0.5), label.ToString());
        }
    }
}
