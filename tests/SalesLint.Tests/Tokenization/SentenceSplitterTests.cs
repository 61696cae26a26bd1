using SalesLint.Tokenization;

namespace SalesLint.Tests.Tokenization;

public sealed class SentenceSplitterTests
{
    [TestCase("Hi there. How are you? Great!", new[] { "Hi there.", "How are you?", "Great!" })]
    [TestCase("Mr. Smith said e.g. this works. Done.", new[] { "Mr. Smith said e.g. this works.", "Done." })]
    [TestCase("It costs 3.5 million. OK", new[] { "It costs 3.5 million.", "OK" })]
    [TestCase("Really?! Yes.", new[] { "Really?!", "Yes." })]
    [TestCase("so what are you using today for forecasting", new[] { "so what are you using today for forecasting" })]
    [TestCase("He said \"no.\" Then left.", new[] { "He said \"no.\"", "Then left." })]
    [TestCase("how about .50 cents. Thanks!", new[] { "how about .50 cents.", "Thanks!" })]
    [TestCase("I'd be willing to donate $.05. How do I do that?", new[] { "I'd be willing to donate $.05.", "How do I do that?" })]
    public void Split_Text_FindsSentences(string text, string[] expected)
    {
        var tokens = TextTokenizer.Tokenize(text);

        var sentences = SentenceSplitter.Split(text, tokens)
            .Select(r => text[tokens[r.First].Start..(tokens[r.First + r.Count - 1].Start + tokens[r.First + r.Count - 1].Length)]);

        sentences.Should().Equal(expected);
    }

    [TestCase("Did you ever make it out to the -- My sister went last spring.", new[] { "Did you ever make it out to the --", "My sister went last spring." })]
    [TestCase("Is she still teaching at the -- I mean, she retired, right?", new[] { "Is she still teaching at the --", "I mean, she retired, right?" })]
    [TestCase("We drove up on Friday — It snowed the whole way.", new[] { "We drove up on Friday —", "It snowed the whole way." })]
    public void Split_DashBeforeAFreshStart_EndsTheBrokenOffSentence(string text, string[] expected) => AssertSentences(text, expected);

    [TestCase("I'm sorry to hear about your knee -- I've been there myself.")]
    [TestCase("-- because my daughter, she plays on a team now.")]
    [TestCase("We drove up on Friday -- it snowed the whole way.")]
    [TestCase("It's a well-known place - Right by the river.")]
    public void Split_DashThatRunsOn_KeepsTheSentenceWhole(string text) => AssertSentences(text, [text]);

    [Test]
    public void Split_PunctuatedTranscriptMinimum_LeavesAShortUnpunctuatedTailWhole()
    {
        const string Text = "Sure. we use hubspot today how many reps";
        var tokens = TextTokenizer.Tokenize(Text);
        var ranges = new List<(int First, int Count)>();

        SentenceSplitter.Split(Text, tokens, ranges, SentenceSplitter.PunctuatedMinimumStretch);
        ranges.Should().HaveCount(2);

        SentenceSplitter.Split(Text, tokens, ranges, SentenceSplitter.MinimumStretch);
        ranges.Should().HaveCount(3);
    }

    [Test]
    public void Split_PunctuatedTranscriptMinimum_StillCutsALongUnpunctuatedStretch()
    {
        const string Text = "Sure. we use hubspot today how many reps log their calls every single week";
        var tokens = TextTokenizer.Tokenize(Text);
        var ranges = new List<(int First, int Count)>();

        SentenceSplitter.Split(Text, tokens, ranges, SentenceSplitter.PunctuatedMinimumStretch);

        ranges.Should().HaveCount(3);
    }

    // Issue 13: an unpunctuated speech-recognition turn is cut where a question starts, not kept as one "statement".
    [TestCase("we use hubspot today how many reps log their calls", new[] { "we use hubspot today", "how many reps log their calls" })]
    [TestCase("thanks for the overview so do you have a budget set aside for this",
        new[] { "thanks for the overview", "so do you have a budget set aside for this" })]
    [TestCase("i'm doing great thanks how are you doing today", new[] { "i'm doing great thanks", "how are you doing today" })]
    [TestCase("we rolled it out last year and the reps like it what do you use for forecasting and is there a budget for it",
        new[] { "we rolled it out last year and the reps like it", "what do you use for forecasting", "and is there a budget for it" })]
    [TestCase("how much do you pay for it today", new[] { "how much do you pay for it today" })]
    [TestCase("the problem is it doesn't sync with the crm", new[] { "the problem is it doesn't sync with the crm" })]
    [TestCase("all i did you know was call them back", new[] { "all i did you know was call them back" })]
    [TestCase("i don't know what you guys use", new[] { "i don't know what you guys use" })]
    [TestCase("and my boss goes why are we paying for two tools", new[] { "and my boss goes why are we paying for two tools" })]
    [TestCase("he asked me do we really need this", new[] { "he asked me do we really need this" })]
    [TestCase("how we do it is we sync everything overnight", new[] { "how we do it is we sync everything overnight" })]
    [TestCase("we use HubSpot. How many reps use it", new[] { "we use HubSpot.", "How many reps use it" })]
    [TestCase("We use HubSpot today, do you?", new[] { "We use HubSpot today, do you?" })]
    [TestCase("and the bill payment is you know moving to digital", new[] { "and the bill payment is you know moving to digital" })]
    [TestCase("we've had them for years do you guys use them", new[] { "we've had them for years", "do you guys use them" })]
    public void Split_UnpunctuatedStretch_CutsWhereAQuestionStarts(string text, string[] expected)
    {
        var tokens = TextTokenizer.Tokenize(text);

        var sentences = SentenceSplitter.Split(text, tokens)
            .Select(r => text[tokens[r.First].Start..(tokens[r.First + r.Count - 1].Start + tokens[r.First + r.Count - 1].Length)]);

        sentences.Should().Equal(expected);
    }

    // Issue 13: a question that ends mid-turn ends where a new clause starts after a marker.
    [TestCase("does that work for you and then we can send the contract over",
        new[] { "does that work for you", "and then we can send the contract over" })]
    [TestCase("do you have kids and i have two girls myself", new[] { "do you have kids", "and i have two girls myself" })]
    [TestCase("did you talk to the team about it okay we're also looking at gong",
        new[] { "did you talk to the team about it", "okay we're also looking at gong" })]
    [TestCase("we use hubspot today how many reps use it but uh we're moving off it next year",
        new[] { "we use hubspot today", "how many reps use it", "but uh we're moving off it next year" })]
    [TestCase("i know food is a need but what if i give you another food",
        new[] { "i know food is a need", "but what if i give you another food" })]
    public void Split_UnpunctuatedQuestionThenStatement_CutsWhereTheQuestionEnds(string text, string[] expected)
    {
        var tokens = TextTokenizer.Tokenize(text);

        var sentences = SentenceSplitter.Split(text, tokens)
            .Select(r => text[tokens[r.First].Start..(tokens[r.First + r.Count - 1].Start + tokens[r.First + r.Count - 1].Length)]);

        sentences.Should().Equal(expected);
    }

    [TestCase("can you and i meet on tuesday")]
    [TestCase("could you send the deck so we can share it with the team")]
    [TestCase("would you like to come with me and we can go together")]
    [TestCase("is it because we missed the deadline")]
    [TestCase("we talked to them and i think it went well")]
    public void Split_UnpunctuatedQuestionThatGoesOn_StaysWhole(string text)
    {
        var tokens = TextTokenizer.Tokenize(text);

        SentenceSplitter.Split(text, tokens).Should().ContainSingle();
    }

    [TestCase("have you been looking we've been talking about getting something new",
        new[] { "have you been looking", "we've been talking about getting something new" })]
    [TestCase("have you been anywhere fun lately we haven't been anywhere in ages",
        new[] { "have you been anywhere fun lately", "we haven't been anywhere in ages" })]
    [TestCase("oh yeah probably do you use the library much i keep meaning to get a card",
        new[] { "oh yeah probably", "do you use the library much", "i keep meaning to get a card" })]
    [TestCase("oh that's nice is that the marching band or just the concert band",
        new[] { "oh that's nice", "is that the marching band or just the concert band" })]
    public void Split_UnpunctuatedQuestionAndStatementWithoutMarker_CutsBetweenThem(string text, string[] expected)
    {
        var tokens = TextTokenizer.Tokenize(text);

        var sentences = SentenceSplitter.Split(text, tokens)
            .Select(r => text[tokens[r.First].Start..(tokens[r.First + r.Count - 1].Start + tokens[r.First + r.Count - 1].Length)]);

        sentences.Should().Equal(expected);
    }

    [TestCase("okay um i guess the question was what kind of car would you buy next")]
    [TestCase("and he says well what difference does it make")]
    [TestCase("my wife did that she'd tape them while she was at work")]
    [TestCase("that'll do it tomatoes need eight hours of sun at least")]
    [TestCase("oh nobody can you open the hood and it's all computers now")]
    [TestCase("do you think we should go up there this year")]
    [TestCase("would you ever go back since we liked it so much")]
    public void Split_AuxiliaryThatStartsNoQuestion_StaysWhole(string text)
    {
        var tokens = TextTokenizer.Tokenize(text);

        SentenceSplitter.Split(text, tokens).Should().ContainSingle();
    }

    [TestCase("oh i know how old are your kids", new[] { "oh i know", "how old are your kids" })]
    [TestCase("oh no how old is she", new[] { "oh no", "how old is she" })]
    [TestCase("huh does it smell", new[] { "huh", "does it smell" })]
    [TestCase("i know do you compost too", new[] { "i know", "do you compost too" })]
    [TestCase("oh really is it expensive to keep one", new[] { "oh really", "is it expensive to keep one" })]
    public void Split_ReactionBeforeAQuestion_CutsAfterTheReaction(string text, string[] expected) => AssertSentences(text, expected);

    [TestCase("we've got two boys how old are your kids", new[] { "we've got two boys", "how old are your kids" })]
    [TestCase("it's been raining all week what's the weather like up there",
        new[] { "it's been raining all week", "what's the weather like up there" })]
    [TestCase("we put in tomatoes this year how's your garden doing", new[] { "we put in tomatoes this year", "how's your garden doing" })]
    public void Split_QuestionWithHowAdjectiveOrContractedWhWord_CutsWhereItStarts(string text, string[] expected) =>
        AssertSentences(text, expected);

    [TestCase("we've got an old ford what kind of car do you drive", new[] { "we've got an old ford", "what kind of car do you drive" })]
    [TestCase("we looked at a couple of models which one did you end up getting",
        new[] { "we looked at a couple of models", "which one did you end up getting" })]
    [TestCase("my son's away at college does your daughter still live at home",
        new[] { "my son's away at college", "does your daughter still live at home" })]
    [TestCase("we're from dallas so is your wife from there too", new[] { "we're from dallas", "so is your wife from there too" })]
    public void Split_WhPhraseOrYourAfterTheAuxiliary_CutsWhereTheQuestionStarts(string text, string[] expected) =>
        AssertSentences(text, expected);

    [TestCase("and what kind of car my dad drove does not matter")]
    [TestCase("what i do is i just pay it off every month")]
    [TestCase("my favorite part was your garden pictures")]
    [TestCase("i don't know what kind of dog do they have")]
    public void Split_WhPhraseWithoutInversionOrCopulaBeforeYour_StaysWhole(string text)
    {
        var tokens = TextTokenizer.Tokenize(text);

        SentenceSplitter.Split(text, tokens).Should().ContainSingle();
    }

    [TestCase("i don't know how old he is now")]
    [TestCase("i can't believe how old she is getting")]
    [TestCase("my brother who's a teacher lives in ohio")]
    [TestCase("oh i know what you mean")]
    [TestCase("huh i never knew that")]
    [TestCase("oh do you have one")]
    public void Split_NoQuestionAfterTheReactionOrEmbeddedHow_StaysWhole(string text)
    {
        var tokens = TextTokenizer.Tokenize(text);

        SentenceSplitter.Split(text, tokens).Should().ContainSingle();
    }

    // Issue 13: an object pronoun after a preposition is no reporting frame ("he asked me do we …" is).
    [TestCase("that is fine with me and why do you need so much water", new[] { "that is fine with me", "and why do you need so much water" })]
    [TestCase("okay that works for me so when can you start", new[] { "okay that works for me", "so when can you start" })]
    public void Split_UnpunctuatedQuestionAfterAPrepositionalObject_CutsWhereTheQuestionStarts(string text, string[] expected) =>
        AssertSentences(text, expected);

    // Issue 13: a word of NoBoundaryBefore that can also end a clause ("do", "is", "guess", "know", "in") no longer
    // hides a question that opens with an auxiliary and a personal subject (telephone stripped turns).
    [TestCase("they all do where does she sleep", new[] { "they all do", "where does she sleep" })]
    [TestCase("i know how that is does he do the work himself", new[] { "i know how that is", "does he do the work himself" })]
    [TestCase("well the topic's jobs i guess do you work outside the home", new[] { "well the topic's jobs i guess", "do you work outside the home" })]
    [TestCase("i don't know do you think so", new[] { "i don't know", "do you think so" })]
    [TestCase("the beagle howls all day does yours bark much", new[] { "the beagle howls all day", "does yours bark much" })]
    [TestCase("the heat's the worst does it get hot up there", new[] { "the heat's the worst", "does it get hot up there" })]
    [TestCase("we have three kids is that right", new[] { "we have three kids", "is that right" })]
    public void Split_QuestionAfterAWordThatCanEndAClause_CutsWhereTheQuestionStarts(string text, string[] expected) =>
        AssertSentences(text, expected);

    [TestCase("how about you do you exercise much", new[] { "how about you", "do you exercise much" })]
    [TestCase("how about yourself i think i would like some firewood", new[] { "how about yourself", "i think i would like some firewood" })]
    [TestCase("yeah i know what you mean uh is that a big problem where you are", new[] { "yeah i know what you mean", "uh is that a big problem where you are" })]
    [TestCase("you know it's just crazy how much they charge now do you have a credit card",
        new[] { "you know it's just crazy how much they charge", "now do you have a credit card" })]
    public void Split_ReturnQuestionOrQuestionAfterAFiller_CutsWhereTheQuestionStarts(string text, string[] expected) =>
        AssertSentences(text, expected);

    [TestCase("how many kids do you have we have three", new[] { "how many kids do you have", "we have three" })]
    [TestCase("what kind of car do you have i have a ford", new[] { "what kind of car do you have", "i have a ford" })]
    [TestCase("what do you do i teach", new[] { "what do you do", "i teach" })]
    public void Split_WhQuestionEndingInItsVerb_CutsWhereTheStatementStarts(string text, string[] expected) =>
        AssertSentences(text, expected);

    [TestCase("hows it going are you as into camping as i am", new[] { "hows it going", "are you as into camping as i am" })]
    [TestCase("how's your garden doing do you grow any tomatoes", new[] { "how's your garden doing", "do you grow any tomatoes" })]
    public void Split_ContractedWhQuestionThenAnInversion_CutsWhereTheSecondStarts(string text, string[] expected) =>
        AssertSentences(text, expected);

    [TestCase("how are you i'm planning on going camping this weekend", new[] { "how are you", "i'm planning on going camping this weekend" })]
    [TestCase("how important are they to you we would like to get a good mix", new[] { "how important are they to you", "we would like to get a good mix" })]
    [TestCase("where are you guys camping in we are going to colorado", new[] { "where are you guys camping in", "we are going to colorado" })]
    [TestCase("what kind of environment are you camping in i am camping near a desert", new[] { "what kind of environment are you camping in", "i am camping near a desert" })]
    public void Split_QuestionEndingWhereOnlyAnObjectFits_CutsBeforeTheSubjectPronoun(string text, string[] expected) =>
        AssertSentences(text, expected);

    [TestCase("it's just paperwork is your husband working too", new[] { "it's just paperwork", "is your husband working too" })]
    [TestCase("we have three kids is that about what you spend", new[] { "we have three kids", "is that about what you spend" })]
    [TestCase("oh sure my son wouldn't eat anything green is your oldest a boy", new[] { "oh sure my son wouldn't eat anything green", "is your oldest a boy" })]
    [TestCase("the oldest one eats more than i do is your husband a picky eater", new[] { "the oldest one eats more than i do", "is your husband a picky eater" })]
    [TestCase("we painted the whole outside ourselves last summer was your house painted recently", new[] { "we painted the whole outside ourselves last summer", "was your house painted recently" })]
    [TestCase("i will have 1 and you will have 2 is that a good deal", new[] { "i will have 1 and you will have 2", "is that a good deal" })]
    [TestCase("we'll have the usual seasonal downturn is that correct", new[] { "we'll have the usual seasonal downturn", "is that correct" })]
    public void Split_CopulaQuestionAfterAFinishedClause_CutsWhereTheQuestionStarts(string text, string[] expected) =>
        AssertSentences(text, expected);

    [TestCase("the problem is your husband never calls")]
    [TestCase("the trouble is they keep changing their minds")]
    [TestCase("what we found is that half of it wasn't grounded")]
    [TestCase("all i know is that it costs too much")]
    [TestCase("the reality is that import prices in colombia are closer to a hundred")]
    [TestCase("what i have observed is that a lot of your peers are building")]
    [TestCase("we had a good quarter the good news is that margins are up")]
    [TestCase("the reason that we believe it will stick is that customers use it")]
    [TestCase("it was higher than it was this time last year")]
    public void Split_CopulaOfASubjectOrClauseBeforeIt_StaysWhole(string text) => AssertSentences(text, [text]);

    [TestCase("how old are your kids mine are grown now", new[] { "how old are your kids", "mine are grown now" })]
    [TestCase("do you have a dog ours is a german shepherd", new[] { "do you have a dog", "ours is a german shepherd" })]
    [TestCase("do you like it my wife loves it", new[] { "do you like it", "my wife loves it" })]
    [TestCase("did you go to college there my son is looking at it", new[] { "did you go to college there", "my son is looking at it" })]
    public void Split_QuestionThenAStatementWithANounSubject_CutsWhereTheStatementStarts(string text, string[] expected) =>
        AssertSentences(text, expected);

    [TestCase("do you think my son is old enough")]
    [TestCase("do you want to come with my family")]
    [TestCase("is that yours or mine")]
    public void Split_PossessiveInsideTheQuestion_StaysWhole(string text) => AssertSentences(text, [text]);

    [TestCase("so how are you i mean really with everything going on")]
    [TestCase("so we went in we had a look around")]
    [TestCase("i gave it to you we had extra")]
    public void Split_SubjectAfterYouOrAPrepositionOutsideAQuestion_StaysWhole(string text) => AssertSentences(text, [text]);

    [TestCase("what do you think we should do about it")]
    [TestCase("do you have we have a spare one")]
    public void Split_VerbThatTakesAClause_StaysWhole(string text) => AssertSentences(text, [text]);

    [TestCase("and we all do we all go to the same church")]
    [TestCase("the people that have you know kids in school")]
    [TestCase("the most important piece to it is uh is that because we own the sites")]
    [TestCase("the thing is uh is that we never go")]
    public void Split_RestartOrFillerAfterAClauseEnder_StaysWhole(string text) => AssertSentences(text, [text]);

    [TestCase("i don't know what are they called")]
    [TestCase("i don't remember what do they call it")]
    [TestCase("we went there in what do you call it the spring")]
    [TestCase("my wife did it again last week")]
    [TestCase("the thing is that we never go anywhere")]
    [TestCase("the problem is it really costs too much")]
    [TestCase("so do you want to come with us")]
    public void Split_WhClauseOrCopularClauseAfterAClauseEnder_StaysWhole(string text) => AssertSentences(text, [text]);

    [TestCase("i don't know what you mean by that")]
    [TestCase("we could do two of the waters if that works")]
    public void Split_UnpunctuatedSentence_StaysWholeWhereTheModelSeesNoStart(string text) => AssertSentences(text, [text]);

    [TestCase("oh i have two boys how old are yours", new[] { "oh i have two boys", "how old are yours" })]
    [TestCase("i like the mysteries mostly who's your favorite author", new[] { "i like the mysteries mostly", "who's your favorite author" })]
    [TestCase("my sister lives up there is it cold this time of year", new[] { "my sister lives up there", "is it cold this time of year" })]
    [TestCase("we went camping by the beach in indiana you ever camped near a beach", new[] { "we went camping by the beach in indiana", "you ever camped near a beach" })]
    [TestCase("we have two kids you have any kids", new[] { "we have two kids", "you have any kids" })]
    [TestCase("my husband fishes a lot you guys do any fishing", new[] { "my husband fishes a lot", "you guys do any fishing" })]
    public void Split_QuestionWithoutAnAuxiliaryOrAfterAPlace_CutsWhereTheQuestionStarts(string text, string[] expected) =>
        AssertSentences(text, expected);

    [TestCase("do you watch much tv not me i never have time", new[] { "do you watch much tv", "not me i never have time" })]
    public void Split_QuestionThenTheSpeakersOwnNot_CutsBeforeTheAnswer(string text, string[] expected) => AssertSentences(text, expected);

    [TestCase("that was the best meal you ever had")]
    [TestCase("anything you need any help with they call me")]
    [TestCase("i told him you have any time you want")]
    [TestCase("you know any of those initiatives that you took")]
    [TestCase("so it's not us it's the weather")]
    [TestCase("my brother who's the coach there likes it")]
    [TestCase("we moved there is the problem")]
    public void Split_RelativeYouFillerOrSubjectThere_StaysWhole(string text) => AssertSentences(text, [text]);

    [TestCase("my husband does i read mostly")]
    [TestCase("the kitchen is you can see it from the street")]
    public void Split_SingularAuxiliaryBeforeIOrYou_IsNoQuestionStart(string text) => AssertSentences(text, [text]);

    [TestCase("a bird what kind of bird", new[] { "a bird", "what kind of bird" })]
    [TestCase("same here in ohio so how'd you end up coaching", new[] { "same here in ohio", "so how'd you end up coaching" })]
    [TestCase("most people do where are you", new[] { "most people do", "where are you" })]
    [TestCase("it's cold i'll give you that how cold does it get there in miami", new[] { "it's cold i'll give you that", "how cold does it get there in miami" })]
    [TestCase("good for you did they stop", new[] { "good for you", "did they stop" })]
    [TestCase("no we really didn't have you had to deal with any of that", new[] { "no we really didn't", "have you had to deal with any of that" })]
    public void Split_QuestionAfterAClauseEnd_CutsWhereTheQuestionStarts(string text, string[] expected) => AssertSentences(text, expected);

    [TestCase("oh boy do i have something to say about that")]
    [TestCase("well my grandpa did she played cards")]
    [TestCase("they would i think a lot of people try to get out of it")]
    [TestCase("and said daddy are you going to die")]
    [TestCase("and i'm just sitting there thinking why do we do this")]
    [TestCase("we don't have we have no doubts about it")]
    [TestCase("the first one is we launched it last year")]
    [TestCase("i don't know what kind of bird it was at all")]
    public void Split_ExclamationQuoteOrNoInversion_StaysWhole(string text) => AssertSentences(text, [text]);

    [TestCase("but what's your thinking uh what's your organic growth", new[] { "but what's your thinking", "uh what's your organic growth" })]
    public void Split_ThinkingAsANoun_IsNoQuoteFrame(string text, string[] expected) => AssertSentences(text, expected);

    [Test]
    public void Split_LongUnpunctuatedTurn_CoversEveryTokenOnce()
    {
        var text = string.Join(' ', Enumerable.Repeat("we looked at the numbers last week so how do you build the forecast today", 20));
        var tokens = TextTokenizer.Tokenize(text);

        var ranges = SentenceSplitter.Split(text, tokens);

        ranges.Should().HaveCount(40, "each question ends where the next \"we looked …\" starts");
        ranges.Sum(r => r.Count).Should().Be(tokens.Length);
        ranges.Zip(ranges.Skip(1)).Should().OnlyContain(p => p.First.First + p.First.Count == p.Second.First);
    }

    // A question narrated in a story without punctuation stays inside the statement that frames it.
    [TestCase("my neighbor asks me every so often are you ever going to fix that fence")]
    [TestCase("and the kids just sit there and go well gee what time is dinner")]
    [TestCase("and my sister was like are you out of your mind")]
    [TestCase("so the mechanic tells me again do you want the new tires or not")]
    public void Split_QuestionAfterANarratedFrame_StaysWhole(string text) => AssertSentences(text, [text]);

    [TestCase("we tried it last year are you thinking about it", new[] { "we tried it last year", "are you thinking about it" })]
    [TestCase("my brother went down there did you ever go", new[] { "my brother went down there", "did you ever go" })]
    public void Split_QuestionAfterAStoryWithoutAFrame_IsCut(string text, string[] expected) => AssertSentences(text, expected);

    [TestCase("oh i think most of them are i think they're all volunteers")]
    [TestCase("the newer ones are i guess a little quieter")]
    public void Split_CopulaThatDoesNotAgreeWithThePronounAfterIt_StaysWhole(string text) => AssertSentences(text, [text]);

    // Session 25: "has" / "have" before a demonstrative is the main verb; "i mean" after an auxiliary is a filler.
    [TestCase("my whole office has this thing where you can borrow laptops for the week")]
    [TestCase("every club has that guy")]
    [TestCase("and i didn't grow up with any of that boys didn't i mean we had soccer")]
    public void Split_HaveBeforeADemonstrativeOrAuxiliaryBeforeIMean_StaysWhole(string text) => AssertSentences(text, [text]);

    [TestCase("has that ever happened to you with the kids", new[] { "has that ever happened to you with the kids" })]
    [TestCase("we moved last spring has that been hard on the kids", new[] { "we moved last spring", "has that been hard on the kids" })]
    public void Split_HaveBeforeADemonstrativeAndAParticiple_IsAQuestion(string text, string[] expected) => AssertSentences(text, expected);

    // Session 25: a question ending in "though", "honestly" or "used to", or in its predicate before "the" + noun + copula, is complete.
    [TestCase("do you think the fines stop people from speeding though that's what they say",
        new[] { "do you think the fines stop people from speeding though", "that's what they say" })]
    [TestCase("do they ache still like they used to i remember mine ached all winter",
        new[] { "do they ache still like they used to", "i remember mine ached all winter" })]
    [TestCase("is it expensive the seafood places here are pretty pricey",
        new[] { "is it expensive", "the seafood places here are pretty pricey" })]
    public void Split_QuestionEndingInAClauseFinalWordOrItsPredicate_CutsWhereTheStatementStarts(string text, string[] expected) =>
        AssertSentences(text, expected);

    [TestCase("is it still the same as it was when you were there")]
    public void Split_PredicateThatWaitsForMore_StaysWhole(string text) => AssertSentences(text, [text]);

    [Test]
    public void Split_IntoAList_ClearsItFirst()
    {
        const string Text = "One. Two? Three";
        var tokens = TextTokenizer.Tokenize(Text);
        var ranges = new List<(int First, int Count)> { (99, 99) };

        SentenceSplitter.Split(Text, tokens, ranges);

        ranges.Should().Equal(SentenceSplitter.Split(Text, tokens));
        ranges.Should().HaveCount(3);
    }

    private static void AssertSentences(string text, string[] expected)
    {
        var tokens = TextTokenizer.Tokenize(text);

        var sentences = SentenceSplitter.Split(text, tokens)
            .Select(r => text[tokens[r.First].Start..(tokens[r.First + r.Count - 1].Start + tokens[r.First + r.Count - 1].Length)]);

        sentences.Should().Equal(expected);
    }
}
