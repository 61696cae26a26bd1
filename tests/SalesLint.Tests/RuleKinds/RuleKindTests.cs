using SalesLint.Engine;
using SalesLint.Model;
using SalesLint.Rules;
using static SalesLint.Tests.TestSupport;

namespace SalesLint.Tests.RuleKinds;

/// <summary>The absence, response and gap rule kinds with custom rules: their parameters and their errors.</summary>
public sealed class RuleKindTests
{
    private const string Header = "id: SL8500\ntitle: t\nlevel: warning\ncategory: discovery\n";

    [Test]
    public void Existence_ActBackchannel_SelectsBackchannelsOnly()
    {
        var engine = Engine(Header + """
            extends: existence
            message: "backchannel '{match}'"
            match:
              speaker: buyer
              act: backchannel
            """);

        var result = engine.Analyze(Transcript(
            Seller("We cut forecast time in half."), Buyer("Oh, really?"), Seller("Do you use Salesforce?"), Buyer("Pardon?"), Buyer("Yes, we do.")));

        result.Diagnostics.Should().ContainSingle().Which.Message.Should().Be("backchannel 'Oh, really?'");
    }

    [Test]
    public void Absence_LastTurns_CountsOnlyTheEndOfTheCall()
    {
        var engine = Engine(Header + """
            extends: absence
            message: "missing {missing}"
            expect:
              date:
                pattern: '\btuesday\b'
            lastTurns: 2
            """);

        var early = engine.Analyze(Transcript(Seller("Tuesday works."), Buyer("Okay."), Seller("Bye."), Buyer("Bye.")));
        var late = engine.Analyze(Transcript(Seller("Hi."), Buyer("Okay."), Seller("Tuesday works."), Buyer("Bye.")));

        early.Diagnostics.Should().ContainSingle().Which.Message.Should().Be("missing date");
        late.Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void Absence_Before_ReportsAtTheSentenceWithWhatWasMissingThen()
    {
        var engine = Engine(Header + """
            extends: absence
            message: "'{match}' before {missing} (had {found})"
            before:
              speaker: seller
              pattern: '\bsign\b'
            expect:
              goal:
                speaker: buyer
                features: [goal]
              budget:
                features: [budget]
            maxReports: 2
            """);

        var result = engine.Analyze(Transcript(
            Buyer("Our goal is a better forecast."),
            Seller("Ready to sign?"),
            Buyer("Our budget is forty thousand."),
            Seller("Then let's sign.")));

        result.Diagnostics.Should().ContainSingle();
        result.Diagnostics[0].Location.Turn.Should().Be(1);
        result.Diagnostics[0].Message.Should().Be("'sign' before budget (had goal)");
    }

    [TestCase(0)]
    [TestCase(3)]
    public void Absence_Before_LooksNoFurtherThanTheLastSentenceItPicks(int closeTurn)
    {
        // The rule reads what was said only up to its last pick: a close as the first or the last sentence of the
        // call still reports, and a call with no pick reports nothing.
        var engine = Engine(Header + """
            extends: absence
            message: "'{match}' before {missing}"
            before:
              speaker: seller
              pattern: '\bsign\b'
            expect:
              budget:
                features: [budget]
            """);
        var turns = new List<(SpeakerRole, string)> { Seller("Hi there."), Buyer("Hello."), Seller("We help with forecasts."), Buyer("Okay.") };
        turns[closeTurn] = Seller("Ready to sign?");

        var result = engine.Analyze(Transcript([.. turns]));
        var none = engine.Analyze(Transcript(Seller("Hi there."), Buyer("Our budget is forty thousand.")));

        result.Diagnostics.Should().ContainSingle().Which.Location.Turn.Should().Be(closeTurn);
        none.Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void Absence_UnlessAndOnlyIf_TurnTheRuleOff()
    {
        var engine = Engine(Header + """
            extends: absence
            message: "no question"
            expect:
              question:
                speaker: seller
                act: question
            unless:
              speaker: buyer
              pattern: '\bbye\b'
            onlyIf:
              turns: 2
            """);

        engine.Analyze(Transcript(Seller("Hello there, Chris."), Buyer("Hi."))).Diagnostics.Should().ContainSingle();
        engine.Analyze(Transcript(Seller("Hello there, Chris."), Buyer("Bye."))).Diagnostics.Should().BeEmpty("unless matched");
        engine.Analyze(Transcript(Seller("Hello there, Chris."))).Diagnostics.Should().BeEmpty("onlyIf needs two turns");
        engine.Analyze(Transcript()).Diagnostics.Should().BeEmpty("an empty call is never judged");
    }

    [Test]
    public void Absence_UnlessAfterAReportBeforeOrEverythingFound_StillTurnsTheRuleOff()
    {
        var engine = Engine(Header + """
            extends: absence
            message: "'{match}' before {missing}"
            before:
              speaker: seller
              pattern: '\bsign\b'
            expect:
              goal:
                speaker: buyer
                features: [goal]
            unless:
              speaker: buyer
              pattern: '\bbye\b'
            """);

        var reported = engine.Analyze(Transcript(Seller("Ready to sign?"), Buyer("Our goal is a better forecast.")));
        var cancelled = engine.Analyze(Transcript(Seller("Ready to sign?"), Buyer("Our goal is a better forecast."), Buyer("Bye.")));

        reported.Diagnostics.Should().ContainSingle().Which.Message.Should().Be("'sign' before goal");
        cancelled.Diagnostics.Should().BeEmpty("unless matched after the report and after everything expected was said");
    }

    [Test]
    public void Absence_AnyOfAndSkipIf_TurnTheRuleOff()
    {
        var engine = Engine(Header + """
            extends: absence
            message: "no question"
            expect:
              question:
                speaker: seller
                act: question
            unless:
              anyOf:
                - speaker: buyer
                  pattern: '\bbye\b'
                - speaker: seller
                  pattern: '\bdeal\b'
            skipIf:
              turns: 3
            """);

        engine.Analyze(Transcript(Seller("Hello there, Chris."), Buyer("Hi."))).Diagnostics.Should().ContainSingle();
        engine.Analyze(Transcript(Seller("Hello there, Chris."), Buyer("Bye."))).Diagnostics.Should().BeEmpty("the first alternative matched");
        engine.Analyze(Transcript(Seller("That's a deal, Chris."), Buyer("Hi."))).Diagnostics.Should().BeEmpty("the second alternative matched");
        engine.Analyze(Transcript(Seller("Hello there, Chris."), Buyer("Hi."), Buyer("Hm."))).Diagnostics.Should().BeEmpty("skipIf: three turns");
    }

    [Test]
    public void Existence_OnlyInAndNotIn_FollowTheConversationSetting()
    {
        var onlyInSales = Engine(Header + "extends: existence\nmessage: m\nonlyIn: [business-sale]\nmatch:\n  speaker: seller\n  pattern: 'platform'\n");
        var notInInvestorCalls = Engine(Header + "extends: existence\nmessage: m\nnotIn: [investor-call]\nmatch:\n  speaker: seller\n  pattern: 'platform'\n");
        var sale = Transcript(Seller("Our platform has seats and integrations."), Buyer("Our team uses a spreadsheet."));
        var chat = Transcript(Seller("That platform at the station is the old one."), Buyer("My kids love trains."));
        var investor = Transcript(Seller("Our platform grew year-over-year and lifted earnings per share; we raise guidance."), Buyer("Thanks."));

        onlyInSales.Analyze(sale).Diagnostics.Should().ContainSingle();
        onlyInSales.Analyze(chat).Diagnostics.Should().BeEmpty("no business sale");
        notInInvestorCalls.Analyze(chat).Diagnostics.Should().ContainSingle();
        notInInvestorCalls.Analyze(investor).Diagnostics.Should().BeEmpty("an investor call");
    }

    [TestCase("onlyIn: [b2b]", "*unknown setting 'b2b' in onlyIn*")]
    [TestCase("notIn: [earnings]", "*unknown setting 'earnings' in notIn*")]
    public void Rule_BadSettings_AreConfigurationErrors(string parameters, string message)
    {
        var act = () => Engine(Header + "extends: existence\nmessage: m\nmatch:\n  speaker: seller\n" + parameters);

        act.Should().Throw<ConfigurationException>().WithMessage(message).Where(e => e.Line != null);
    }

    [TestCase("expect: {}", "*expect needs at least one named selector*")]
    [TestCase("expect:\n  a:\n    speaker: seller\nskipIf:\n  nope: 1", "*unknown metric 'nope' in skipIf*")]
    [TestCase("expect:\n  a:\n    speaker: seller\nmaxMissing: 1", "*maxMissing must be from 0 to 0*")]
    [TestCase("expect:\n  a:\n    speaker: seller\nlastTurns: 3\nbefore:\n  speaker: seller", "*cannot be combined with before*")]
    [TestCase("expect:\n  a:\n    act: any", "*a selector needs at least one of speaker, act, actReason, features, labels, notLabels, pattern, minWords, offers or anyOf*")]
    [TestCase("expect:\n  a:\n    speaker: seller\n    minWords: -1", "*minWords must not be negative*")]
    public void Absence_BadParameters_AreConfigurationErrors(string parameters, string message)
    {
        var act = () => Engine(Header + "extends: absence\nmessage: m\n" + parameters);

        act.Should().Throw<ConfigurationException>().WithMessage(message).Where(e => e.Line != null);
    }

    [TestCase("relax:\n  max: 0.8", "*relax needs at least one signal in 'when'*")]
    [TestCase("relax:\n  when:\n    - select:\n        speaker: seller", "*relax needs min, max or both*")]
    [TestCase("relax:\n  max: 0.8\n  when:\n    - atLeast: 0\n      select:\n        speaker: seller", "*atLeast must be at least 1*")]
    [TestCase("relax:\n  max: 0.8\n  when:\n    - atLeast: 1", "*missing required key 'relax.when.select'*")]
    [TestCase("relax:\n  max: 0.8\n  when:\n    - metric: nope\n      min: 1", "*unknown metric 'nope' in relax.when*")]
    [TestCase("relax:\n  max: 0.8\n  when:\n    - metric: seller.questions", "*a metric signal needs min, max or both*")]
    [TestCase("relax:\n  max: 0.8\n  when:\n    - metric: seller.questions\n      min: 1\n      select:\n        speaker: seller", "*takes select or metric, not both*")]
    [TestCase("relax:\n  max: 0.8\n  when:\n    - metric: seller.questions\n      min: 1\n  orWhen:\n    - atLeast: 1", "*missing required key 'relax.orWhen.select'*")]
    [TestCase("unless:\n  - metric: nope\n    min: 1", "*unknown metric 'nope' in unless*")]
    [TestCase("unless:\n  - atLeast: 1", "*missing required key 'unless.select'*")]
    public void Metric_BadRelaxation_IsAConfigurationError(string parameters, string message)
    {
        var act = () => Engine(Header + "extends: metric\nmessage: m\nmetric: seller.talk_share\nmax: 0.5\n" + parameters);

        act.Should().Throw<ConfigurationException>().WithMessage(message);
    }

    [Test]
    public void Metric_Relaxation_WidensTheBoundOnlyWhenEverySignalIsReached()
    {
        var engine = Engine(Header + """
            extends: metric
            message: "{value}"
            metric: seller.talk_share
            max: 0.5
            relax:
              max: 0.8
              when:
                - select:
                    speaker: seller
                    pattern: '\bso you\b'
                - atLeast: 1
                  answersQuestion: true
                  select:
                    speaker: buyer
                    minWords: 3
            """);

        engine.Analyze(Transcript(Seller("What happened with the order last week?"), Buyer("It came two days late again."), Seller("So you waited two extra days for it."))).Diagnostics
            .Should().BeEmpty("a playback and an answer to the seller's question: judged against 0.8");
        engine.Analyze(Transcript(Seller("What happened with the order last week?"), Buyer("It came two days late again."), Seller("Right, we had a backlog in the warehouse that week."))).Diagnostics
            .Should().ContainSingle("no playback: judged against 0.5");
        engine.Analyze(Transcript(Seller("I have the order from last week up here."), Buyer("It came two days late again."), Seller("So you waited two extra days for it."))).Diagnostics
            .Should().ContainSingle("the buyer answered no question");
    }

    [Test]
    public void Metric_RelaxationOrWhen_WidensTheBoundWhenEveryMetricSignalIsWithinRange()
    {
        var engine = Engine(Header + """
            extends: metric
            message: "{value}"
            metric: seller.talk_share
            max: 0.4
            relax:
              max: 0.8
              when:
                - select:
                    speaker: seller
                    pattern: '\bso you\b'
              orWhen:
                - metric: seller.question_share
                  min: 0.5
                - metric: seller.longest_monologue_words
                  max: 12
            """);

        engine.Analyze(Transcript(Seller("Which order came late last week?"), Buyer("The Tuesday one."), Seller("How late was it?"), Buyer("Two days."))).Diagnostics
            .Should().BeEmpty("every seller sentence a question and no long turn: judged against 0.8");
        engine.Analyze(Transcript(Seller("Which order came late last week?"), Buyer("The Tuesday one."), Seller("We had a backlog in the warehouse that week. How late was it?"), Buyer("Two days."))).Diagnostics
            .Should().ContainSingle("half the seller's sentences are questions, but one turn runs past 12 words");
        engine.Analyze(Transcript(Seller("The order came late last week."), Buyer("The Tuesday one."), Seller("It was two days late."), Buyer("Yes."))).Diagnostics
            .Should().ContainSingle("no seller questions: neither set of signals is met");
    }

    [Test]
    public void Metric_Unless_StandsDownOnlyWhenEverySignalIsReached()
    {
        var engine = Engine(Header + """
            extends: metric
            message: "{value}"
            metric: seller.talk_share
            max: 0.4
            unless:
              - metric: seller.questions
                min: 2
              - metric: seller.longest_monologue_words
                max: 12
            """);

        engine.Analyze(Transcript(Seller("Which order came late last week?"), Buyer("Tuesday."), Seller("How late was it?"), Buyer("Two."))).Diagnostics
            .Should().BeEmpty("two questions and no long turn: the rule stands down whatever the share");
        engine.Analyze(Transcript(Seller("Which order came late last week?"), Buyer("Tuesday."), Seller("We had a backlog in the warehouse that whole week. How late was it?"), Buyer("Two."))).Diagnostics
            .Should().ContainSingle("one signal is not reached: a turn runs past 12 words");
    }

    [Test]
    public void Response_MaxWords_CountsUpToTheFirstUntilSentence()
    {
        var engine = Engine(Header + """
            extends: response
            message: "{words} words after '{trigger}'"
            trigger:
              speaker: buyer
              pattern: '\bwho are you\b'
            until:
              speaker: seller
              act: question
            maxWords: 8
            """);

        var quick = engine.Analyze(Transcript(Buyer("Who are you?"), Seller("We forecast revenue. What do you need? We also do dashboards and reports and coaching.")));
        var slow = engine.Analyze(Transcript(Buyer("Who are you?"), Seller("We forecast revenue for sales teams. We also do dashboards. What do you need?")));

        quick.Diagnostics.Should().BeEmpty("the response ends with the question back, after 7 words");
        slow.Diagnostics.Should().ContainSingle().Which.Message.Should().Be("14 words after 'Who are you'");
    }

    [Test]
    public void Response_BackchannelsDoNotEndItButTheBuyerSpeakingDoes()
    {
        var engine = Engine(Header + """
            extends: response
            message: "no number"
            trigger:
              speaker: buyer
              pattern: '\bprice\b'
            expect:
              speaker: seller
              pattern: '\d'
            """);

        engine.Analyze(Transcript(Buyer("What's the price?"), Seller("Let me check."), Buyer("Okay."), Seller("It's 40k."))).Diagnostics
            .Should().BeEmpty("'okay' does not end the response");
        engine.Analyze(Transcript(Buyer("What's the price?"), Seller("Let me check."), Buyer("Please do, we need it."), Seller("It's 40k."))).Diagnostics
            .Should().ContainSingle().Which.Location.Turn.Should().Be(1);
        engine.Analyze(Transcript(Buyer("What's the price?"))).Diagnostics.Should().BeEmpty("a trigger nobody responds to is not judged");
    }

    [Test]
    public void Response_Forbid_ReportsTheFirstForbiddenSentence()
    {
        var engine = Engine(Header + """
            extends: response
            message: "after '{trigger}': '{match}' in '{sentence}'"
            trigger:
              speaker: buyer
              pattern: '\bno\b'
            forbid:
              speaker: seller
              pattern: '\bbut\b'
              notPattern: '\bbut of course\b'
            """);

        var found = engine.Analyze(Transcript(Buyer("No."), Seller("Okay. But listen."), Seller("But really."), Buyer("No!"), Seller("But of course."))).Diagnostics;

        found.Should().ContainSingle();
        found[0].Location.Turn.Should().Be(1);
        found[0].Location.Sentence.Should().Be(1);
        found[0].Message.Should().Be("after 'No': 'But' in 'But listen.'");
    }

    [TestCase("trigger:\n  speaker: any\n  pattern: x\nmaxWords: 3", "*trigger.speaker must be seller or buyer*")]
    [TestCase("trigger:\n  speaker: buyer\n  pattern: x", "*needs expect, forbid, maxWords or maxSeconds*")]
    [TestCase("trigger:\n  speaker: buyer\n  pattern: x\nforbid:\n  speaker: seller\n  notPattern: '(?<=a)b'", "*custom.yaml(12,3)*invalid pattern*")]
    [TestCase("trigger:\n  speaker: buyer\n  pattern: x\nmaxSeconds: 0", "*maxSeconds must be greater than 0*")]
    public void Response_BadParameters_AreConfigurationErrors(string parameters, string message)
    {
        var act = () => Engine(Header + "extends: response\nmessage: m\n" + parameters);

        act.Should().Throw<ConfigurationException>().WithMessage(message);
    }

    [Test]
    public void Gap_BetweenTurns_NeedsStartAndEndTimes()
    {
        var engine = Engine(Header + """
            extends: gap
            message: "gap {gap}, overlap {overlap} after '{previous}'"
            after:
              speaker: buyer
            next:
              speaker: seller
            minSeconds: 0
            """);
        var overlapping = new Transcript
        {
            Id = "g",
            Participants = [new Participant { Id = "S", Name = "Dana", Role = SpeakerRole.Seller }, new Participant { Id = "B", Name = "Chris", Role = SpeakerRole.Buyer }],
            Turns =
            [
                new TranscriptTurn { Speaker = "B", Text = "We roll it up by hand.", Start = 0, End = 5 },
                new TranscriptTurn { Speaker = "S", Text = "Every Monday?", Start = 4, End = 6 },
            ],
        };

        engine.Analyze(overlapping).Diagnostics.Should().ContainSingle().Which.Message.Should().Be("gap -1.0, overlap 1.0 after 'We roll it up by hand.'");
        engine.Analyze(overlapping with { Turns = [.. overlapping.Turns.Select(t => t with { Start = null, End = null })] }).Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void Gap_SameTurnFalse_IgnoresTheRestOfTheTurn()
    {
        var yaml = Header + """
            extends: gap
            message: "m"
            after:
              speaker: seller
              act: question
            next:
              speaker: seller
            minSeconds: 4
            """;

        var call = Transcript(Seller("Does that make sense? Great."));

        Engine(yaml).Analyze(call).Diagnostics.Should().ContainSingle();
        Engine(yaml + "\nsameTurn: false").Analyze(call).Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void Gap_MissingSelectors_AreConfigurationErrors()
    {
        var act = () => Engine(Header + "extends: gap\nmessage: m\nafter:\n  speaker: buyer\n");

        act.Should().Throw<ConfigurationException>().WithMessage("*missing required key 'next'*");
    }

    [Test]
    public void Existence_Labels_SelectsBySemanticLabelAndConfidence()
    {
        var engine = Engine(Header + """
            extends: existence
            message: "problem '{match}'"
            match:
              speaker: buyer
              labels: [problem]
            """);
        var strict = Engine(Header + """
            extends: existence
            message: "problem '{match}'"
            match:
              speaker: buyer
              labels: [problem]
              minConfidence: 1
            """);
        var transcript = Transcript(Seller("How's it going?"), Buyer("Our last software rollout was a disaster."), Buyer("The weather's nice."));

        engine.Analyze(transcript).Diagnostics.Should().ContainSingle().Which.Message.Should().Be("problem 'Our last software rollout was a disaster.'");
        strict.Analyze(transcript).Diagnostics.Should().BeEmpty("no label reaches a confidence of 1");
    }

    [Test]
    public void Existence_NotLabels_LeavesOutRequestedProductTalk()
    {
        var engine = Engine(Header + """
            extends: existence
            message: "pitch '{match}'"
            match:
              speaker: seller
              labels: [product]
              notLabels: [requested]
            """);

        var asked = engine.Analyze(Transcript(Buyer("Would you be willing to come down a little in price?"), Seller("I can do ten percent off the annual plan.")));
        var unasked = engine.Analyze(Transcript(Buyer("Hi."), Seller("I can do ten percent off the annual plan.")));

        asked.Diagnostics.Should().BeEmpty();
        unasked.Diagnostics.Should().ContainSingle();
    }

    [Test]
    public void Existence_LabelsAndUnscreenedNotPattern_LeaveOutWhatEitherRulesOut()
    {
        // A notPattern with no required words ("if" is too short to screen, "$0" has no word) is tested after the
        // labels, on the sentences that have them: the same sentences are picked as in the other order.
        var engine = Engine(Header + """
            extends: existence
            message: "problem '{match}'"
            match:
              speaker: buyer
              labels: [problem]
              notPattern: '\b(if|maybe)\b|\$\s?0\b'
            """);

        var hedged = engine.Analyze(Transcript(Seller("How's it going?"), Buyer("Maybe our last software rollout was a disaster.")));
        var plain = engine.Analyze(Transcript(Seller("How's it going?"), Buyer("Our last software rollout was a disaster."), Buyer("If the weather's nice.")));

        hedged.Diagnostics.Should().BeEmpty("the notPattern rules the labelled sentence out");
        plain.Diagnostics.Should().ContainSingle().Which.Message.Should().Be("problem 'Our last software rollout was a disaster.'");
    }

    [TestCase("labels: [goal, wish]", "*unknown label 'wish'*")]
    [TestCase("notLabels: [pitch]", "*unknown label 'pitch'*")]
    [TestCase("labels: [goal]\n  minConfidence: 1.5", "*minConfidence must be between 0 and 1*")]
    public void Existence_BadLabels_AreConfigurationErrors(string selector, string message)
    {
        var act = () => Engine(Header + "extends: existence\nmessage: m\nmatch:\n  " + selector);

        act.Should().Throw<ConfigurationException>().WithMessage(message);
    }

    [Test]
    public void Existence_ActReason_SelectsTheSelfAnsweredQuestionNotTheQuotedOne()
    {
        var engine = Engine(Header + """
            extends: existence
            message: "self-answered '{match}'"
            match:
              speaker: seller
              actReason: self-answered
            """);

        var selfAnswered = engine.Analyze(Transcript(Seller("Do you need another dashboard? No. You need one number.")));
        var quoted = engine.Analyze(Transcript(Seller("My boss goes, why do we need this? And I told him, because it saves time.")));
        var asked = engine.Analyze(Transcript(Seller("Do you need another dashboard?"), Buyer("No.")));

        selfAnswered.Diagnostics.Should().ContainSingle().Which.Message.Should().Be("self-answered 'Do you need another dashboard?'");
        quoted.Diagnostics.Should().BeEmpty("a quoted question ends in '?' too, but it is no self-answered one");
        asked.Diagnostics.Should().BeEmpty();
    }

    [TestCase("actReason: self-answer", "*custom.yaml*unknown act reason 'self-answer' (reasons: *self-answered*")]
    [TestCase("actReason: Self-Answered", "*unknown act reason 'Self-Answered'*")]
    public void Existence_BadActReason_IsAConfigurationErrorListingTheReasons(string selector, string message)
    {
        var act = () => Engine(Header + "extends: existence\nmessage: m\nmatch:\n  " + selector);

        act.Should().Throw<ConfigurationException>().WithMessage(message);
    }

    private static SalesLintEngine Engine(string yaml) =>
        new(new RuleSetBuilder().AddBuiltIn().AddYaml("custom.yaml", yaml).Build(), new EngineOptions { OnlyRules = new HashSet<string> { "SL8500" } });
}
