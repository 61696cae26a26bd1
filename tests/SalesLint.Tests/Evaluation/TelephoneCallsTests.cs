using SalesLint.Acts;
using SalesLint.Engine;
using SalesLint.Evaluation;
using SalesLint.Features;
using SalesLint.Model;
using SalesLint.Rules;

namespace SalesLint.Tests.Evaluation;

/// <summary>
/// The telephone-call evaluation (benchmarks/SalesLint.Evaluation/TelephoneCalls.cs, compiled in here): reading, the
/// transcript built from the gold utterances and the alignment of the engine's sentences back to them.
/// </summary>
public class TelephoneCallsTests
{
    private static readonly string[] Call =
    [
        "# a hand-made call",
        "A\tstatement\tstatement\tWe just got back from Denver.",
        "A\tquestion\tyes-no\tDo you have kids?",
        "A\tstatement\tstatement\tWe have two.",
        "B\tother\tanswer\tNo, not yet.",
        "B\tquestion\twh\tHow old are they?",
    ];

    private static readonly ConversationBuilder Builder = new(new FeatureDetector(RuleSet.LoadBuiltIn().Lexicons), ActClassifierMode.Rules);

    [Test]
    public void Build_AsWritten_JoinsOneSpeakersUtterancesIntoATurnAndKeepsTheirSpans()
    {
        var call = TelephoneCalls.Parse("call", "call.tsv", Call);

        var (transcript, spans) = TelephoneCalls.Build(call, TelephoneText.AsWritten);

        transcript.Turns.Select(t => t.Text).Should().Equal("We just got back from Denver. Do you have kids? We have two.", "No, not yet. How old are they?");
        transcript.Participants.Single(p => p.Id == "A").Role.Should().Be(SpeakerRole.Seller);
        spans.Select(s => s.Turn).Should().Equal(0, 0, 0, 1, 1);
        spans.Select(s => transcript.Turns[s.Turn].Text[s.Start..s.End]).Should().Equal(call.Utterances.Select(u => u.Text));
    }

    [Test]
    public void Build_Stripped_LowerCasesAndDropsPunctuationWithSpansOnTheStrippedText()
    {
        var call = TelephoneCalls.Parse("call", "call.tsv", Call);

        var (turns, spans) = TelephoneCalls.Build(call, TelephoneText.Stripped);
        var (single, singleSpans) = TelephoneCalls.Build(call, TelephoneText.StrippedUtterances);

        turns.Turns.Select(t => t.Text).Should().Equal("we just got back from denver do you have kids we have two", "no not yet how old are they");
        spans.Select(s => turns.Turns[s.Turn].Text[s.Start..s.End]).Should().Equal("we just got back from denver", "do you have kids", "we have two", "no not yet", "how old are they");
        single.Turns.Should().HaveCount(5);
        singleSpans.Select(s => s.Turn).Should().Equal(0, 1, 2, 3, 4);
    }

    [Test]
    public void Align_EngineSentences_MarkTheUtterancesWhereAQuestionEnds()
    {
        var call = TelephoneCalls.Parse("call", "call.tsv", Call);
        var (transcript, spans) = TelephoneCalls.Build(call, TelephoneText.AsWritten);

        var predicted = TelephoneCalls.Align(Builder.Build(transcript), spans);

        predicted.Select(p => p.Question).Should().Equal(false, true, false, false, true);
        predicted[1].Decision!.QuestionType.Should().Be(QuestionType.YesNo);
        predicted[2].SentenceText.Should().Be("We have two.");
    }

    [Test]
    public void Align_SentenceRunningOverTwoUtterances_CountsWhereItEnds()
    {
        // One sentence (no sentence end at "--") over two gold utterances: it belongs to the second only.
        var call = TelephoneCalls.Parse("call", "call.tsv",
        [
            "A\tstatement\tabandoned\tSo you have, um --",
            "A\tquestion\tdeclarative\tkids in school?",
            "B\tbackchannel\tbackchannel\tYeah.",
        ]);
        var (transcript, spans) = TelephoneCalls.Build(call, TelephoneText.AsWritten);
        var conversation = Builder.Build(transcript);

        var predicted = TelephoneCalls.Align(conversation, spans);

        conversation.Turns[0].Sentences.Should().ContainSingle().Which.Act.Should().Be(SentenceAct.Question);
        predicted[0].Should().Be(new UtterancePrediction(false, null, null));
        predicted[1].Question.Should().BeTrue();
        predicted[1].SentenceText.Should().Be("So you have, um -- kids in school?");
        predicted[2].Question.Should().BeFalse();
    }

    [Test]
    public void Parse_BadLine_NamesTheFileAndLine()
    {
        var act = () => TelephoneCalls.Parse("call", "calls/07-taxes.tsv", ["# header", "A\tquestion\tstatement\tDo you do them yourself?"]);

        act.Should().Throw<InvalidDataException>().WithMessage("calls/07-taxes.tsv(2): expected*type of that act*");
    }

    [TestCase("tune", 26)]
    [TestCase("held", 64)]
    [TestCase("held2", 35)]
    [TestCase("held3", 36)]
    [TestCase("held4", 30)]
    public void ReadFolder_EveryHalf_ParsesWithTheQuestionRateOfRealTelephoneTalk(string half, int calls)
    {
        var folder = Path.Combine(TestSupport.RepositoryRoot, "benchmarks", "SalesLint.Evaluation", "data", "telephone-calls", half);

        var read = TelephoneCalls.ReadFolder(folder);

        read.Should().HaveCount(calls);
        var utterances = read.SelectMany(c => c.Utterances).ToList();
        var share = (double)utterances.Count(u => u.Act == SentenceAct.Question) / utterances.Count;
        share.Should().BeInRange(0.03, 0.06, "real telephone talk has about 4% questions (issue 13: 291 of 7,350)");
        read.Should().OnlyContain(c => c.Utterances.Select(u => u.Speaker).Distinct().Count() == 2);
    }
}
