using SalesLint.Model;
using SalesLint.Reading;
using SalesLint.Understanding;
using static SalesLint.Tests.TestSupport;

namespace SalesLint.Tests.Understanding;

public sealed class ConversationUnderstandingBoundsTests
{
    private static readonly double[] Confidences = [0.3, 0.5, 0.85, 0.9, 0.95];

    /// <summary>The role-play samples, the coaching and negotiation samples and the written sales calls (blind set 1 and held).</summary>
    private static IEnumerable<string> Corpus() =>
        RolePlaySamples.Concat(
            new[] { "samples/coaching", "samples/negotiation", "benchmarks/SalesLint.Evaluation/data/sales-calls-blind", "benchmarks/SalesLint.Evaluation/data/sales-calls-held" }
                .SelectMany(d => Directory.EnumerateFiles(Path.Combine(RepositoryRoot, d)))
                .Where(f => TranscriptReader.SupportedExtensions.Contains(Path.GetExtension(f)) && !f.EndsWith(".md", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal));

    [Test]
    public void MayHave_EverySentenceOfTheSamplesAndSalesCalls_IsTrueWheneverLabellingGivesTheLabel()
    {
        var checkedFalse = new Dictionary<SemanticLabel, int>();
        var reached = new Dictionary<SemanticLabel, int>();
        foreach (var file in Corpus())
        {
            foreach (var transcript in TranscriptReader.ReadFile(file))
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
                                may.Should().BeTrue($"{Path.GetFileName(file)}: \"{sentences[i].Text}\" has {label} at {Confidences[c]} ({labels.Confidence(label)})");
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
        }

        // The corpus has sentences with each bounded label, and sentences the bounds spare from labelling.
        foreach (var label in (SemanticLabel[])[SemanticLabel.Agreement, SemanticLabel.Commitment, SemanticLabel.AcceptsOffer])
        {
            reached.GetValueOrDefault(label).Should().BePositive(label.ToString());
            checkedFalse.GetValueOrDefault(label).Should().BePositive(label.ToString());
        }
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
