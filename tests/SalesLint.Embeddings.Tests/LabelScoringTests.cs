using SalesLint.Trainer;
using SalesLint.Understanding;

namespace SalesLint.Embeddings.Tests;

public sealed class LabelScoringTests
{
    private static readonly HashSet<SemanticLabel> GoalAndObjection = [SemanticLabel.Goal, SemanticLabel.Objection];

    [Test]
    public void Measure_HandMadeSet_CountsOnlyExamplesThatKnowTheLabel()
    {
        // Goal: gold at 1, 2, 3; predicted (≥ 0.5) at 1, 2, 4 → TP 2, FP 1, FN 1. Example 5 is predicted but its
        // source does not annotate goal, so it is neither a positive nor a negative.
        var examples = new List<LabelExample>
        {
            Example("We want to cut ramp time in half.", SemanticLabel.Goal),
            Example("Our goal is twenty new reps by March.", SemanticLabel.Goal),
            Example("We're hoping to grow the team.", SemanticLabel.Goal),
            Example("Thanks for having me."),
            Example("I'd like to get some sleep.", known: [SemanticLabel.Need]),
            Example("The price is too high.", SemanticLabel.Objection),
        };
        var probabilities = new List<float[]>
        {
            Row(goal: 0.9f), Row(goal: 0.5f), Row(goal: 0.49f), Row(goal: 0.7f), Row(goal: 0.99f), Row(goal: 0.1f, objection: 0.2f),
        };

        var goal = LabelScoring.Measure(examples, probabilities, SemanticLabel.Goal);
        var objection = LabelScoring.Measure(examples, probabilities, SemanticLabel.Objection);

        goal.Should().Be(new LabelCounts(2, 1, 1));
        goal.Precision.Should().BeApproximately(2.0 / 3, 1e-9);
        goal.Recall.Should().BeApproximately(2.0 / 3, 1e-9);
        goal.F1.Should().BeApproximately(2.0 / 3, 1e-9);
        objection.Should().Be(new LabelCounts(0, 0, 1));
        objection.F1.Should().Be(0);
    }

    [Test]
    public void Train_HandMadeSetWithArcticXs_ScoresUnseenSentencesByMeaning()
    {
        // Trained on a few written goals and objections, tested on differently worded ones: the real encoder from its
        // package, the classifiers and the scoring as the comparison runs them.
        var train = new List<LabelExample>
        {
            Example("We want to double our pipeline this year.", SemanticLabel.Goal),
            Example("Our aim is to cut onboarding from six weeks to two.", SemanticLabel.Goal),
            Example("I'm trying to get the reps to follow up faster.", SemanticLabel.Goal),
            Example("The plan is to open three new regions by spring.", SemanticLabel.Goal),
            Example("Honestly, that's way more than we can spend.", SemanticLabel.Objection),
            Example("I'm not sure this is a fit for us.", SemanticLabel.Objection),
            Example("We already have a tool that does this.", SemanticLabel.Objection),
            Example("I'm not interested, please take me off your list.", SemanticLabel.Objection),
        };
        var test = new List<LabelExample>
        {
            Example("By next quarter we'd like every new hire selling within a month.", SemanticLabel.Goal),
            Example("This year we want to hire ten more account executives.", SemanticLabel.Goal),
            Example("It's too expensive for a team our size.", SemanticLabel.Objection),
            Example("We're happy with our current vendor, thanks.", SemanticLabel.Objection),
        };
        using var encoder = Encoder.Create("arctic-xs");

        foreach (var kind in new[] { EmbeddingClassifier.Logistic, EmbeddingClassifier.Centroid })
        {
            var scorer = EmbeddingScorer.Train(encoder, kind, train, l2: 1f);
            foreach (var (example, p) in test.Zip(scorer.Score([.. test.Select(e => e.Text)])))
            {
                TestContext.Out.WriteLine($"{kind}: goal {p[LabelScoring.IndexOf(SemanticLabel.Goal)]:0.00} objection {p[LabelScoring.IndexOf(SemanticLabel.Objection)]:0.00}  {example.Text}");
            }

            // Decide each unseen sentence by the likelier of the two labels, then score those decisions.
            var decided = scorer.Score([.. test.Select(e => e.Text)]).Select(p =>
            {
                var goal = p[LabelScoring.IndexOf(SemanticLabel.Goal)] > p[LabelScoring.IndexOf(SemanticLabel.Objection)];
                return Row(goal: goal ? 1f : 0f, objection: goal ? 0f : 1f);
            }).ToList();

            LabelScoring.Measure(test, decided, SemanticLabel.Goal).Should().Be(new LabelCounts(2, 0, 0), $"{kind} should tell both unseen goals from the objections");
            LabelScoring.Measure(test, decided, SemanticLabel.Objection).F1.Should().Be(1, $"{kind} should tell both unseen objections from the goals");
        }

        encoder.EncodeUncached("This year we want to hire ten more account executives.").Sum(v => v * v).Should().BeApproximately(1f, 1e-3f);
    }

    private static LabelExample Example(string text, SemanticLabel? positive = null, HashSet<SemanticLabel>? known = null) =>
        new(text, positive is { } p ? new HashSet<SemanticLabel> { p } : [], known ?? GoalAndObjection, "written", LabelSplit.Train);

    private static float[] Row(float goal, float objection = 0f)
    {
        var row = new float[SemanticLabels.Learned.Count];
        row[LabelScoring.IndexOf(SemanticLabel.Goal)] = goal;
        row[LabelScoring.IndexOf(SemanticLabel.Objection)] = objection;
        return row;
    }
}
