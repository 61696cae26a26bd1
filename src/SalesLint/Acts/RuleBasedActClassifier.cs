using SalesLint.Model;
using SalesLint.Tokenization;

namespace SalesLint.Acts;

/// <summary>
/// Decides whether a sentence is a question, a statement or something else from its words, not from the
/// question mark alone, so that speech-recognition output with missing or wrong punctuation still works.
/// </summary>
/// <remarks>
/// Signals, in order: "how about you?", "and you?" are questions; backchannels ("mm-hmm", "is that right?", "do you?",
/// "oh, yeah?") are <see cref="SentenceAct.Backchannel"/>; greetings and bare answers ("how are you?", "yes") and repair
/// requests ("pardon?", "what?", a lone "Dallas?") and utterances broken off ("so do you, uh,") are <see cref="SentenceAct.Other"/>;
/// a "…, you know." tail is ignored; leading discourse markers ("so", "okay", "and") are skipped; a wh-opener ("what", "how", …) is a question unless a
/// subject follows without a question mark ("what we do is…"); an auxiliary followed by a subject ("do you",
/// "could we", "is there") is a question; requests for information ("tell me about", "walk me through") are
/// questions; relative and pseudo-cleft openers ("which is scary", "what gets me is") without a question mark, questions
/// inside reported speech ("she's like, what are you digging for?") and set rhetorical questions ("who knows?") are
/// statements; tag questions ("…, right?", "…, isn't it") and "so you're …" declarative questions are questions with lower
/// confidence; a final question mark is a question; fragments of one or two words are other; everything else is a
/// statement.
/// </remarks>
internal static class RuleBasedActClassifier
{
    /// <summary>The <see cref="ActDecision.Source"/> of this classifier.</summary>
    public const string SourceName = "rules";

    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Markers = QuestionWords.Markers;

    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WhWords = QuestionWords.WhWords;

    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = QuestionWords.Auxiliaries;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Subjects = Set(
        "you", "we", "i", "they", "he", "she", "it", "there", "that", "this", "your", "the", "any", "anyone", "anybody",
        "someone", "somebody", "everyone", "our", "their", "his", "her", "a", "an", "those", "these", "y'all", "u", "ya",
        "things", "people", "everybody", "something", "anything", "one", "all", "each", "some", "most", "team", "budget");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Pronouns = Set(
        "i", "we", "you", "they", "he", "she", "it", "our", "my", "their", "i'm", "we're", "you're", "they're", "i've", "we've",
        "you've", "i'd", "we'd", "it's", "he's", "she's", "that's");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NegativeAuxiliaries = Set(
        "don't", "doesn't", "didn't", "aren't", "isn't", "wasn't", "weren't", "can't", "couldn't", "wouldn't", "won't",
        "shouldn't", "haven't", "hasn't", "hadn't");

    /// <summary>Words before a final "right" or "correct" that make it part of the clause.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TagBlockers = Set(
        "that's", "that", "is", "was", "be", "all", "it's", "just", "exactly", "you're", "you", "i'm", "not", "quite", "the",
        "turn", "left", "go", "went", "here", "there", "out", "in", "me", "alright", "absolutely", "are", "were", "and",
        "politically", "very", "about", "pretty", "so", "quite", "feel", "feels", "felt", "looks", "look", "sounds", "seem", "seems", "get", "got", "it", "this",
        "were", "been", "done", "do", "did", "a", "your", "my", "our", "their", "his", "her", "human", "civil", "legal",
        "probably", "definitely", "certainly", "maybe", "totally", "completely", "perfectly", "he's", "she's", "they're", "we're");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Copulas = Set("is", "was", "'s", "were", "are");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Or = Set("or");

    /// <summary>Modals that open a statement with its subject left out ("could be worse", "would have been nice").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EllipsisModals = Set(
        "could", "would", "should", "might", "may", "must", "couldn't", "wouldn't", "shouldn't", "might've", "could've",
        "would've", "should've");

    /// <summary>Words after an <see cref="EllipsisModals"/> modal that leave no room for a subject.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EllipsisNext = Set("be", "have", "been", "not", "never");

    /// <summary>Words that embed a final "or not" in a clause ("if it works or not", "believe it or not").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Embedding = Set(
        "whether", "matter", "if", "believe", "sure", "know", "see", "depends", "determine", "wonder", "decide", "where", "what",
        "how", "tell", "check", "ask", "asked");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Negations = Set(
        "not", "never", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "can't", "won't", "wouldn't",
        "haven't", "hasn't", "couldn't", "shouldn't");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Fillers = Set("uh", "um", "umm", "uhm", "er", "erm");

    /// <summary>Wh-words that open an adverbial clause when a subject follows without an auxiliary ("when the kids were little").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseWh = Set("when", "where", "while", "whenever", "wherever", "how");

    /// <summary>Determiners after a clause-opening wh-word: "when the kids were little", "where my folks live".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = Set(
        "the", "a", "an", "this", "these", "those", "his", "her", "your", "some", "all", "most", "every", "both", "each");

    /// <summary>Words after "the" in a wh-question rather than a clause ("where the heck are you").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Expletives = Set("heck", "hell", "dickens", "devil");

    /// <summary>Verbs of an unpunctuated "you … any" declarative question ("you have any kids", "you got any plans").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AnyVerbs = Set(
        "have", "got", "need", "want", "know", "own", "play", "see", "watch", "do");

    /// <summary>Words before a mid-sentence "what" that make it a spoken placeholder ("that was what, ten years ago?").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceholderWhatBefore = Set(
        "was", "is", "were", "are", "that's", "it's", "that", "be", "'s", "cost", "costs", "paid", "pay", "took", "takes",
        "about", "like");

    /// <summary>Words after a placeholder "what" that name an amount ("what ten years ago", "what about twenty bucks").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AmountWords = Set(
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "about", "maybe",
        "around", "half", "last", "several", "couple");

    /// <summary>Wh-words that open an adverbial clause with an -ing verb ("when comparing …", "while looking at …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IngClauseWh = Set("when", "while", "whenever");

    /// <summary>Objects after a sentence-initial "do" / "have" that make it an imperative ("do that and …", "have a look").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ImperativeObjects = Set("that", "this", "a");

    /// <summary>Last words that leave an unpunctuated utterance unfinished ("so what did you think of the").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Unfinished = Set(
        "the", "a", "an", "and", "or", "but", "my", "your", "our", "their", "his", "uh", "um", "umm", "uhm", "because");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EchoPronouns = Set(
        "you", "i", "it", "they", "he", "she", "we", "that", "there", "you've", "y'all");

    /// <summary>Verbs after "so you" in a declarative check ("So you have forty reps.", "So you use Salesforce.").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DeclarativeVerbs = Set(
        "use", "are", "were", "used", "work", "worked", "run", "ran", "guys", "already", "still", "currently", "basically");

    private static readonly string[][] InfoRequests =
    [
        ["tell", "me"], ["walk", "me", "through"], ["talk", "me", "through"], ["help", "me", "understand"],
        ["i'd", "love", "to", "hear"], ["i'd", "love", "to", "know"], ["i'd", "like", "to", "understand"],
        ["i'd", "like", "to", "know"], ["i'm", "curious"], ["i", "am", "curious"], ["i", "was", "wondering"],
        ["i'm", "wondering"], ["describe"], ["explain"], ["share", "with", "me"], ["give", "me", "a", "sense"],
        ["let", "me", "ask"], ["can", "i", "ask"], ["curious", "what"], ["curious", "how"], ["curious", "whether"],
    ];

    /// <summary>Backchannels: acknowledgements and continuers, also in question form ("is that right?", "really?").</summary>
    private static readonly string[][] Backchannels =
    [
        ["right"], ["really"], ["is", "that", "right"], ["is", "that", "so"], ["you", "know"], ["oh", "really"], ["yeah"],
        ["ok"], ["okay"], ["sure"], ["mm-hmm"], ["uh-huh"], ["um-hum"], ["uh", "huh"], ["mm", "hmm"], ["um", "hum"], ["mhm"],
        ["mm"], ["got", "it"], ["i", "see"], ["makes", "sense"], ["right", "right"], ["sounds", "good"], ["hmm"], ["cool"],
        ["great"], ["perfect"], ["oh"], ["wow"], ["oh", "yeah"], ["yeah", "yeah"], ["oh", "wow"], ["is", "that", "true"],
        ["oh", "is", "that", "right"], ["oh", "is", "that", "so"], ["oh", "okay"], ["oh", "i", "see"], ["i", "know"],
        ["exactly"], ["true"], ["no", "kidding"], ["oh", "no"], ["you're", "kidding"], ["seriously"], ["oh", "my", "gosh"],
        ["oh", "my", "goodness"], ["oh", "really", "yeah"], ["really", "yeah"], ["is", "that", "a", "fact"], ["yep"], ["yup"],
        ["oh", "right"], ["all", "right"], ["alright"], ["oh", "gosh"], ["gosh"], ["neat"], ["oh", "neat"], ["oh", "sure"],
        ["sure", "sure"], ["okay", "okay"], ["yeah", "right"], ["uh-huh", "uh-huh"], ["yeah", "yeah", "yeah"], ["oh", "yes"],
        ["oh", "boy"], ["oh", "wow", "really"], ["wow", "really"], ["oh", "my"], ["huh", "uh"], ["that's", "true"],
        ["that's", "right"], ["oh", "that's", "right"], ["oh", "that's", "true"], ["oh", "that's", "nice"], ["that's", "nice"],
        ["that's", "good"], ["oh", "that's", "good"], ["that's", "great"], ["oh", "that's", "great"], ["oh", "that's", "interesting"],
        ["that's", "interesting"], ["interesting"], ["oh", "interesting"], ["i", "bet"], ["i", "guess"], ["oh", "okay", "yeah"],
        ["okay", "yeah"], ["yeah", "okay"], ["right", "yeah"], ["yeah", "right", "right"], ["uh-huh", "yeah"], ["yeah", "uh-huh"],
        ["absolutely"], ["definitely"], ["of", "course"], ["oh", "of", "course"], ["are", "you", "serious"],
        ["oh", "are", "you", "serious"], ["you're", "kidding", "me"], ["no", "way"], ["oh", "no", "way"], ["oh", "is", "that", "true"],
        ["huh", "is", "that", "right"], ["hm", "is", "that", "right"], ["huh", "really"], ["hm", "really"], ["oh", "is", "that", "a", "fact"],
        ["is", "that", "right", "huh"], ["oh", "do", "you", "really"],
    ];

    /// <summary>Greetings, thanks and bare answers: "hi, how are you?", "thanks", "yes" (other, not questions).</summary>
    private static readonly string[][] Greetings =
    [
        ["yes"], ["no"], ["nope"], ["no", "no"], ["yes", "yes"], ["hello"], ["hi"], ["hey"], ["how", "are", "you"],
        ["how", "are", "you", "doing"], ["how's", "it", "going"], ["how", "is", "it", "going"], ["how", "are", "things"],
        ["how", "have", "you", "been"], ["thanks"], ["thank", "you"], ["hello", "how", "are", "you"], ["hi", "how", "are", "you"],
        ["can", "you", "hear", "me"], ["are", "you", "there"], ["can", "you", "hear", "me", "okay"], ["can", "you", "hear", "me", "now"],
        ["are", "you", "still", "there"], ["you", "still", "there"], ["bye"], ["bye", "bye"], ["okay", "bye"], ["goodbye"],
    ];

    /// <summary>Requests to repeat: "Pardon?", "What?", "Sorry, say that again?" (other, not questions).</summary>
    private static readonly string[][] Repairs =
    [
        ["sorry"], ["pardon"], ["pardon", "me"], ["come", "again"], ["huh"], ["what"], ["excuse", "me"], ["i'm", "sorry"],
        ["say", "that", "again"], ["sorry", "say", "that", "again"], ["sorry", "what"], ["what", "was", "that"],
        ["you", "what"], ["sorry", "come", "again"], ["i", "beg", "your", "pardon"], ["what", "did", "you", "say"],
        ["can", "you", "say", "that", "again"], ["could", "you", "say", "that", "again"], ["sorry", "i", "missed", "that"],
        ["say", "again"], ["say", "what"], ["i'm", "sorry", "what"], ["excuse", "me", "what"], ["sorry", "what", "was", "that"],
    ];

    /// <summary>Handing the question back after answering it: "How about you?", "And you?" (questions).</summary>
    private static readonly string[][] ReturnQuestions =
    [
        ["how", "about", "you"], ["what", "about", "you"], ["and", "you"], ["how", "about", "yourself"],
        ["what", "about", "yourself"], ["and", "yourself"], ["how", "about", "you", "guys"], ["what", "about", "you", "guys"],
        ["and", "what", "about", "you"], ["and", "how", "about", "you"], ["how", "about", "your", "team"],
    ];

    /// <summary>Handing the question back at the end of an answer: "I'm good, how about you" (questions).</summary>
    private static readonly string[][] EndReturnQuestions =
    [
        ["how", "about", "you"], ["what", "about", "you"], ["how", "about", "yourself"], ["what", "about", "yourself"],
        ["and", "yourself"], ["how", "about", "you", "guys"], ["what", "about", "you", "guys"], ["how", "bout", "you"],
    ];

    /// <summary>Checks on a proposal, alone or ending it: "… is that okay", "… does that work for you", "sound fair" (tag questions).</summary>
    private static readonly string[][] ProposalChecks =
    [
        ["is", "that", "okay"], ["is", "that", "ok"], ["is", "that", "good"], ["is", "that", "fair"], ["is", "that", "alright"],
        ["is", "that", "all", "right"], ["is", "that", "fine"], ["is", "that", "cool"], ["is", "that", "possible"],
        ["is", "that", "acceptable"], ["is", "that", "okay", "with", "you"], ["is", "that", "ok", "with", "you"],
        ["does", "that", "work"], ["does", "that", "work", "for", "you"], ["would", "that", "work"], ["would", "that", "work", "for", "you"],
        ["does", "that", "sound", "good"], ["does", "that", "sound", "fair"], ["does", "that", "sound", "okay"],
        ["that", "sound", "good"], ["that", "sound", "fair"], ["sound", "good"], ["sound", "fair"], ["sound", "okay"],
        ["how", "does", "that", "sound"], ["how's", "that", "sound"], ["would", "that", "be", "okay"], ["would", "that", "be", "ok"],
        ["is", "that", "a", "deal"], ["do", "we", "have", "a", "deal"], ["deal", "or", "no", "deal"],
    ];

    /// <summary>Openers of a yes/no question without its auxiliary: "any chance you …", "anything else" (questions).</summary>
    private static readonly string[][] AnyQuestions =
    [
        ["any", "chance"], ["any", "idea"], ["any", "ideas"], ["any", "thoughts"], ["any", "questions"], ["any", "luck"],
        ["any", "plans"], ["any", "kids"], ["any", "news"], ["any", "update"], ["any", "updates"], ["any", "other", "questions"],
        ["anything", "else"], ["any", "pets"], ["any", "concerns"], ["any", "preference"], ["any", "preferences"],
    ];

    /// <summary>Words ending in "ing" that are no verb after a dropped auxiliary ("you something …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IngNouns = Set(
        "nothing", "something", "anything", "everything", "being", "during", "morning", "evening", "thing", "things", "bring",
        "thinking", "king", "spring", "string", "wedding", "building", "meeting", "training", "feeling", "pricing", "marketing",
        "funding", "budgeting", "spending", "timing", "wording");

    /// <summary>Rhetorical questions that make up the whole sentence (after markers): "Who knows?" (statements).</summary>
    private static readonly string[][] RhetoricalWhole =
    [
        ["who", "knows"], ["who", "cares"], ["how", "about", "that"], ["what", "do", "you", "call", "it"],
        ["what", "do", "you", "call", "them"], ["what", "do", "you", "call", "that"], ["what", "do", "you", "call", "those"], ["what", "can", "you", "do"], ["what", "can", "i", "say"], ["what", "else", "is", "new"],
        ["what", "can", "we", "do"], ["what", "are", "you", "going", "to", "do"], ["what", "are", "you", "gonna", "do"],
        ["what", "can", "you", "say"], ["how", "can", "you", "argue", "with", "that"], ["go", "figure"], ["who", "would've", "thought"],
        ["who", "would", "have", "thought"], ["what", "do", "you", "know"], ["how", "cool", "is", "that"],
        ["you", "know", "what", "i", "mean"], ["know", "what", "i", "mean"], ["you", "know", "what", "i'm", "saying"],
        ["know", "what", "i'm", "saying"], ["you", "know", "what", "i'm", "talking", "about"], ["what", "can", "you", "do", "about", "it"],
    ];

    /// <summary>Openers of rhetorical questions: "Who doesn't want …", "Guess what, …", "How hard can it be" (statements).</summary>
    private static readonly string[][] RhetoricalOpeners =
    [
        ["who", "doesn't"], ["who", "wouldn't"], ["who", "isn't"], ["guess", "what"], ["how", "hard", "can", "it", "be"],
        ["how", "hard", "could", "it", "be"], ["what", "are", "the", "odds"], ["who", "has", "time"], ["who", "has", "the", "time"],
        ["who", "can", "afford"], ["how", "can", "you", "beat"],
        ["wouldn't", "that", "be", "nice"], ["wouldn't", "it", "be", "nice"], ["wouldn't", "that", "be", "great"],
        ["wouldn't", "it", "be", "great"], ["wouldn't", "that", "be", "something"], ["didn't", "we", "all"], ["don't", "we", "all"],
        ["haven't", "we", "all"], ["what", "are", "you", "supposed", "to", "do"], ["what", "is", "a", "person", "supposed", "to", "do"],
        ["who's", "checking"], ["isn't", "that", "the", "truth"], ["ain't", "that", "the", "truth"], ["isn't", "that", "something"],
    ];

    /// <summary>Words a sentence-initial relative "which" is followed by when it continues the last sentence ("Which is scary.").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RelativeWhichNext = Set(
        "is", "was", "means", "meant", "makes", "made", "has", "had", "'s", "kind", "sort", "actually", "obviously",
        "again", "to", "by", "frankly", "honestly", "basically", "that", "also", "then", "i", "we", "they", "he", "she",
        "leads", "led", "gives", "gave", "brings", "brought", "helps", "helped", "sounds", "seems", "seemed", "happens", "happened");

    /// <summary>Verbs after "what" that open a pseudo-cleft ("What gets me is …", "What happened was …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CleftVerbs = Set(
        "gets", "got", "happened", "happens", "matters", "mattered", "worries", "worried", "bothers", "bothered", "strikes",
        "struck", "surprised", "surprises", "helps", "helped", "drives", "drove", "concerns", "concerned", "interests",
        "excites", "scares", "scared", "frustrates", "frustrated", "kills", "killed", "amazes", "amazed", "annoys", "annoyed",
        "stood", "stands", "sticks", "stuck", "caught", "catches", "impressed", "impresses", "changed", "changes", "sold",
        "sells", "works", "worked", "counts", "counted", "comes", "came", "makes", "made", "keeps", "kept", "hurts", "hurt");

    /// <summary>Verbs that report speech right before a quoted question ("she's like, what …", "my boss goes, why …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> QuoteVerbs = Set(
        "like", "goes", "go", "went", "said", "says", "asked", "asks", "asking", "thought", "yelled", "yells",
        "wrote", "writes", "told", "tells", "screamed");

    /// <summary>Interjections between a reporting verb and the quoted question ("he says, well, what …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> QuoteFillers = Set("well", "oh", "um", "uh", "hey", "listen", "look");

    /// <summary>Forms of "be" before "like" in a quote frame ("I was like", "she's like").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeForms = Set(
        "is", "was", "were", "are", "am", "i'm", "he's", "she's", "they're", "we're", "you're", "it's", "everyone's",
        "everybody's", "'s", "be", "being", "just", "kinda", "kind", "all");

    /// <summary>Objects after a reporting verb ("he asked me, …", "I told him, …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportObjects = Set(
        "me", "him", "her", "us", "them", "you", "everyone", "everybody");

    /// <summary>Words after "so you're" that make it a statement about what the listener will do or see, not a check.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotDeclarativeCheck = Set(
        "can", "could", "will", "'ll", "just", "need", "should", "would", "might", "may", "going", "gonna", "get", "see",
        "click", "want", "go", "know", "guys", "too", "also", "must", "won't", "wouldn't", "don't", "shouldn't", "better",
        "only", "simply", "then", "basically", "ready", "welcome", "right", "seeing", "looking", "going", "beginning", "starting",
        "talking", "assuming", "facing", "understanding", "saying", "asking", "able", "really");

    /// <summary>Subjects that open a clause after an attention-calling "do you know" ("do you know I never …").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseSubjects = Set(
        "i", "we", "he", "she", "they", "i've", "i'm", "we've", "we're", "they're", "he's", "she's", "i'd", "i'll", "there's");

    /// <summary>Interjections before an echo of the other side's words ("Oh, three dogs?").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EchoInterjections = Set(
        "oh", "ah", "huh", "wow", "really", "hm", "hmm", "gosh", "geez", "jeez");

    /// <summary>Words an echo may add to the other side's words ("all three?", "just the two?").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EchoFiller = Set(
        "the", "a", "an", "all", "just", "only", "like", "so", "really", "huh", "uh", "um");

    /// <summary>Subjects of a declarative check about the listener ("you have a garden", "your son's in college").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ListenerSubjects = Set(
        "you", "you're", "you've", "y'all", "your", "ya");

    /// <summary>Words after "you" that make a statement general or about what the listener should do, not a check.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GenericAfterYou = Set(
        "know", "can", "can't", "cannot", "could", "couldn't", "should", "would", "wouldn't", "will", "won't", "never",
        "always", "just", "see", "get", "gets", "mean", "bet", "think", "say", "said", "kidding", "don't", "didn't", "doesn't",
        "may", "might", "must", "better", "gotta", "ought", "wanna", "want", "go", "hear", "look", "really", "probably",
        "definitely", "sure", "right", "lucky", "welcome", "telling", "joking", "not", "so", "too", "absolutely", "exactly",
        "correct", "saying", "asking", "talking", "guessed", "name", "feel", "find", "try", "take", "put", "make", "wind",
        "end", "start", "tend", "usually", "sound", "sounds", "looks", "seem", "seems", "lose", "win", "pay");

    /// <summary>Verbs of a short check about the listener's life ("you have a garden", "you live in dallas", "you're a teacher").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CheckVerbs = Set(
        "have", "got", "live", "work", "own", "grow", "play", "raise", "teach", "drive", "like", "in", "from", "a", "an",
        "still", "both", "originally", "married", "retired", "working", "living", "the", "on", "at", "up", "down", "out");

    /// <summary>Last words of set phrases about the listener that check nothing ("you have a deal", "you got me there").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotCheckEnds = Set(
        "know", "deal", "point", "it", "me", "there", "yourself", "welcome", "that");

    /// <summary>Words too common to show that a sentence takes up the other side's words.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EchoStopWords = Set(
        "that", "this", "there", "have", "they", "them", "with", "from", "what", "when", "were", "been", "about", "just",
        "like", "really", "know", "yeah", "well", "think", "kind", "sort", "much", "some", "good", "pretty", "very", "then",
        "than", "your", "yours", "their", "also", "going", "gonna", "thing", "things", "stuff", "right", "because", "would",
        "could", "should", "you're", "you've", "that's", "it's", "those", "these", "here", "still", "even", "only", "little",
        "more", "most", "make", "take", "time", "lot", "lots", "okay", "into", "over", "back", "didn't", "don't", "doesn't");

    /// <summary>Tails that do not ask: "…, you know." / "…, you know what I mean" / "…, I mean."</summary>
    private static readonly string[][] EmptyTails =
    [
        ["you", "know"], ["you", "know", "what", "i", "mean"], ["know", "what", "i", "mean"], ["i", "mean"], ["ya", "know"],
        ["y'know"],
    ];

    /// <summary>Empty tails sure enough to drop without a comma before them.</summary>
    private static readonly string[][] LongEmptyTails = [["know", "what", "i", "mean"]];

    private static readonly string[][] Tags =
    [
        ["right"], ["isn't", "it"], ["don't", "you"], ["aren't", "you"], ["wouldn't", "you"], ["doesn't", "it"],
        ["isn't", "that"], ["won't", "you"], ["correct"], ["yeah"], ["no"], ["agreed"], ["okay"], ["ok"], ["fair"],
        ["wouldn't", "it"], ["can't", "you"], ["didn't", "you"], ["does", "that", "make", "sense"], ["make", "sense"],
        ["sound", "good"], ["sound", "fair"], ["huh"], ["or", "not"],
    ];

    /// <summary>Tags that need a question mark, or no punctuation at all: after "." ("It's 40%, right.") they only agree.</summary>
    private static readonly string[][] WeakTags = [["right"], ["yeah"], ["no"], ["okay"], ["ok"], ["correct"], ["agreed"], ["fair"]];

    /// <summary>Classifies one sentence. Allocation-free: words are compared as spans of the turn text.</summary>
    /// <param name="text">The turn text.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <returns>The act with the signal that decided it.</returns>
    public static ActDecision Classify(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        int[]? rented = null;
        var words = tokens.Length <= 256 ? stackalloc int[tokens.Length] : (rented = System.Buffers.ArrayPool<int>.Shared.Rent(tokens.Length));
        try
        {
            return Classify(text, tokens, words);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Classifies one sentence with what it follows (see <see cref="ActContext"/>): in a turn that opens right after the
    /// other side's statement, a short echo of that statement asked back ("Three dogs?") is a backchannel, and an
    /// unpunctuated "you" declarative that takes up its words ("you have a garden" after talk of the garden) or makes up
    /// a short turn of its own ("you live in dallas") is a declarative question; the first sentence of an unpunctuated
    /// answer to the other side's question that reads as a statement stays one (the model may not overrule it).
    /// </summary>
    /// <param name="text">The turn text.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="context">What the sentence follows; <see langword="default"/> for none.</param>
    /// <returns>The act with the signal that decided it.</returns>
    public static ActDecision Classify(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ActContext context)
    {
        var decision = Classify(text, tokens);
        if (!context.FollowsOtherSide ||
            !(ReferenceEquals(decision, Decisions.Declarative) || ReferenceEquals(decision, Decisions.QuestionMark) || ReferenceEquals(decision, Decisions.TagQuestion)))
        {
            return decision;
        }

        int[]? rented = null;
        var words = tokens.Length <= 256 ? stackalloc int[tokens.Length] : (rented = System.Buffers.ArrayPool<int>.Shared.Rent(tokens.Length));
        try
        {
            return InContext(decision, text, tokens, words, context);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The decisions of <see cref="Classify(ReadOnlySpan{char}, ReadOnlySpan{Token}, ActContext)"/> that need the context.</summary>
    private static ActDecision InContext(ActDecision decision, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<int> wordTokens, ActContext context)
    {
        var count = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Punctuation)
            {
                wordTokens[count++] = i;
            }
        }

        var words = new Words(text, tokens, wordTokens[..count]);
        var unpunctuated = count == tokens.Length;

        // "Three dogs?" right after "we've got three dogs": the listener echoes what was said, a backchannel.
        if (ReferenceEquals(decision, Decisions.QuestionMark) || ReferenceEquals(decision, Decisions.TagQuestion))
        {
            if (ReferenceEquals(decision, Decisions.TagQuestion) && !words.Is(count - 1, "huh"))
            {
                return decision;
            }

            var first = 0;
            while (first < count - 1 && words.In(first, EchoInterjections))
            {
                first++;
            }

            // Only with an interjection ("oh, three dogs?", "orphaned bears, huh?"): a bare echo ("all of the food?") checks what was offered.
            var last = count > 1 && words.Is(count - 1, "huh") ? count - 1 : count;
            if (!context.FollowsStatement || last - first > 3 || (first == 0 && last == count))
            {
                return decision;
            }

            for (var i = first; i < last; i++)
            {
                if (!words.In(i, EchoFiller) && !context.PreviousHas(words.Span(i)))
                {
                    return decision;
                }
            }

            return Decisions.EchoBackchannel;
        }

        if (!unpunctuated)
        {
            return decision;
        }

        // "yeah we have two": an answer to the other side's question; the model may not make it a question.
        if (context.Answers)
        {
            return Decisions.Answer;
        }

        return context.FollowsStatement && IsListenerCheck(words, count, context) ? Decisions.DeclarativeEcho : decision;
    }

    /// <summary>
    /// An unpunctuated declarative about the listener right after their statement: "you" ("you guys", "you're",
    /// "you've", "y'all", "your") after markers, a verb that does not make it generic ("you know", "you can't beat
    /// that", "you have to …", "you get what you pay for"), at most eight words, and either a content word of the other
    /// side's turn taken up ("you have a garden" after "I was out in the garden") or a short turn of its own with a verb of
    /// having, living or working ("you live in dallas").
    /// </summary>
    private static bool IsListenerCheck(Words words, int count, ActContext context)
    {
        var start = 0;
        while (start < count - 1 && (words.In(start, Markers) || words.In(start, Fillers)))
        {
            start++;
        }

        if (!words.In(start, ListenerSubjects))
        {
            return false;
        }

        var verb = start + 1;
        if (words.Is(start, "you") && verb < count && words.Is(verb, "guys"))
        {
            verb++;
        }

        if (verb >= count || count - start > 8 || words.In(verb, GenericAfterYou) || words.In(verb, NotDeclarativeCheck) ||
            (verb + 1 < count && words.Is(verb + 1, "to") && (words.Is(verb, "have") || words.Is(verb, "got") || words.Is(verb, "need") || words.Is(verb, "used"))) || words.In(count - 1, NotCheckEnds))
        {
            return false;
        }

        for (var i = verb; i < count; i++)
        {
            var word = words.Span(i);
            if (word.Length >= 4 && !words.In(i, EchoStopWords) && context.PreviousHas(word))
            {
                return true;
            }
        }

        return context.WholeTurn && count - start <= 6 && words.In(verb, CheckVerbs) && !words.Is(start, "your");
    }

    private static ActDecision Classify(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<int> wordTokens)
    {
        var count = 0;
        var questionMark = false;
        var punctuated = false;
        var period = false;
        var lastBreak = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Punctuation)
            {
                punctuated = true;
                var c = text[token.Start];
                if (c == '?')
                {
                    questionMark = true;
                }
                else if (c is ',' or ';' or '—' or '-')
                {
                    lastBreak = count;
                }
                else if (c is '.' or '!')
                {
                    questionMark = false;
                    period = i == tokens.Length - 1;
                }

                continue;
            }

            wordTokens[count++] = i;
        }

        var words = new Words(text, tokens, wordTokens[..count]);
        if (count == 0)
        {
            return Decisions.NoWords;
        }

        if (words.MatchesWhole(ReturnQuestions) || (!period && count >= 3 && words.EndsWithAny(count, EndReturnQuestions)))
        {
            return Decisions.ReturnQuestion;
        }

        if (words.MatchesWhole(Backchannels) || IsEchoBackchannel(words))
        {
            return Decisions.Backchannel;
        }

        if (words.MatchesWhole(Greetings))
        {
            return Decisions.Greeting;
        }

        if (words.MatchesWhole(Repairs) || (questionMark && count == 1 && !words.In(0, WhWords) && !words.In(0, Auxiliaries)))
        {
            return Decisions.Repair;
        }

        // "and what do you do for a living uh": a question asked, then a filler while the listener takes over.
        while (!punctuated && count >= 5 && words.In(count - 1, Fillers))
        {
            count--;
            words = words.Take(count);
        }

        // "So do you, uh," / "And what we -": the speaker broke off before asking anything.
        if (!questionMark && count > 0 &&
            (IsBrokenOff(text, tokens[^1]) || (count <= 4 && words.In(count - 1, Fillers)) || (!punctuated && count >= 2 && words.In(count - 1, Unfinished))))
        {
            return Decisions.Abandoned;
        }

        // "…, you know." and "…, I mean." ask nothing: classify what comes before them, and a "?" after them does not count.
        // Unpunctuated, only the long tails are sure ("it was crazy you know what i mean"; not "do you know").
        if (!punctuated && count >= 6 && words.EndsWithAny(count, LongEmptyTails))
        {
            lastBreak = words.Is(count - 5, "you") || words.Is(count - 5, "ya") ? count - 5 : count - 4;
        }

        if (lastBreak >= 2 && TailLength(words, lastBreak) is > 0 and var tail)
        {
            words = words.Take(count - tail);
            count -= tail;
            questionMark = false;
            lastBreak = -1;
        }

        var start = 0;
        var so = false;
        // Discourse markers, "or" ("or do you rent"), and a restart ("are are you seeing", "do do you") before the question.
        while (start < count - 1 &&
               ((words.In(start, Markers) && !IsQuestionStart(words, start)) || words.Is(start, "or") || words.Same(start, start + 1)))
        {
            so |= words.Is(start, "so");
            start++;
        }

        if (start + 2 < count && words.Is(start, "i") && words.Is(start + 1, "mean"))
        {
            start += 2;
        }

        // A restart around an auxiliary: "is it is it good" asks again; "was it was a good time" restarts a statement.
        if (!questionMark && start + 3 < count && words.In(start, Auxiliaries) && words.In(start + 1, EchoPronouns) && words.Same(start, start + 2))
        {
            start += words.Same(start + 1, start + 3) ? 2 : 1;
        }

        // "could be worse", "would have been nice", "might not": an elided subject, not an inversion.
        if (!questionMark && start + 1 < count && words.In(start, EllipsisModals) && words.In(start + 1, EllipsisNext))
        {
            return Decisions.Ellipsis;
        }

        if ((count - start <= 6 && words.EqualsAt(start, count - start, RhetoricalWhole)) || words.StartsWithAny(start, RhetoricalOpeners) ||
            IsAttentionDoYouKnow(words, start, count))
        {
            return Decisions.Rhetorical;
        }

        var hasSecond = start + 1 < count;
        if (words.In(start, WhWords))
        {
            if (!questionMark && hasSecond && words.In(start + 1, Pronouns) && count - start > 3 && !IsWhContraction(words, start))
            {
                return Decisions.WhClause;
            }

            // "when comparing like for like …": an adverbial clause with an -ing verb.
            if (!questionMark && count - start > 3 && words.In(start, IngClauseWh) && words.EndsWithIng(start + 1) && !words.In(start + 1, Auxiliaries))
            {
                return Decisions.WhClause;
            }

            // "when the kids were little we …", "where my folks live": an adverbial clause, not a question ("what a day" exclaims).
            if (!questionMark && count - start > 3 &&
                ((words.In(start, ClauseWh) && words.In(start + 1, Determiners) && !words.In(start + 2, Expletives)) ||
                 (words.Is(start, "what") && (words.Is(start + 1, "a") || words.Is(start + 1, "an")))))
            {
                return Decisions.WhClause;
            }

            if (!questionMark && hasSecond &&
                ((words.Is(start, "which") && words.In(start + 1, RelativeWhichNext)) ||
                 (words.Is(start, "what") && words.In(start + 1, CleftVerbs) && words.IndexOfAny(start + 2, Copulas) > 0)))
            {
                return Decisions.Relative;
            }

            // "what's going on with …", "how do you …": a wh-word with its auxiliary is asked, however the sentence goes on
            // (not "what's funny is …", a cleft).
            return questionMark ? Decisions.WhOpenerMarked
                : (IsWhContraction(words, start) || (hasSecond && words.In(start + 1, Auxiliaries))) && !(words.Is(start, "what's") && words.IndexOfAny(start + 2, Copulas) > 0)
                    ? Decisions.WhOpenerInverted
                : Decisions.WhOpener;
        }

        // "Do that and you'll save time.", "Have a look at the second slide.": imperatives, not inversion.
        if (!questionMark && (words.Is(start, "do") || words.Is(start, "have")) && hasSecond && words.In(start + 1, ImperativeObjects))
        {
            return Decisions.Declarative;
        }

        if (words.In(start, Auxiliaries) && hasSecond && (words.In(start + 1, Subjects) || questionMark))
        {
            return words.IndexOfAny(start + 2, Or) > 0
                ? questionMark ? Decisions.AuxOrMarked : Decisions.AuxOr
                : questionMark ? Decisions.AuxMarked : Decisions.Aux;
        }

        if (words.StartsWithAny(start, InfoRequests))
        {
            return Decisions.InfoRequest;
        }

        // "two for me and one for you is that okay", "sound fair": a check on the proposal just made
        // (sentences that open with the auxiliary were decided above).
        if (!period && !questionMark && (words.MatchesWhole(ProposalChecks) || (count >= 4 && words.EndsWithAny(count, ProposalChecks))))
        {
            return Decisions.BareTagQuestion;
        }

        if (IsQuoted(words, start))
        {
            return Decisions.Quoted;
        }

        if (IsAgreementTag(words, start, count))
        {
            return Decisions.Agreement;
        }

        if (lastBreak >= 2 && count >= 3 && count - lastBreak is >= 1 and <= 4 &&
            ((words.EqualsAt(lastBreak, count - lastBreak, Tags) && !(period && words.EqualsAt(lastBreak, count - lastBreak, WeakTags))) ||
             (count - lastBreak == 2 && words.In(lastBreak, Auxiliaries) && words.In(lastBreak + 1, EchoPronouns))))
        {
            return Decisions.TagQuestion;
        }

        if (questionMark)
        {
            return Decisions.QuestionMark;
        }

        // Without any punctuation there is no comma before a tag: "you're on the enterprise plan aren't you".
        if (!punctuated && count - start >= 4 && IsBareTag(words, count))
        {
            return Decisions.BareTagQuestion;
        }

        // Spoken checks without a question mark: "you want to come or not", "that was what ten years ago",
        // "you've got two of them then".
        if (!period && !questionMark && count - start >= 3 && IsDeclarativeCue(words, start, count))
        {
            return Decisions.DeclarativeCue;
        }

        // "So you're on the older version." checks what the speaker understood; long "so you have …" explanations do not.
        if (so && count - start is >= 3 and <= 9 && (words.Is(start, "you're") || words.Is(start, "you've") ||
                                         (words.Is(start, "you") && words.In(start + 1, DeclarativeVerbs))) &&
            !words.In(start + 1, NotDeclarativeCheck))
        {
            return Decisions.DeclarativeQuestion;
        }

        // Spoken yes/no questions that drop the auxiliary: "you ever been out there", "you guys have any kids".
        if (!period && IsDroppedAuxiliary(words, start, count))
        {
            return Decisions.DroppedAuxiliary;
        }

        return count <= 2 ? Decisions.Fragment : Decisions.Declarative;
    }

    /// <summary>
    /// A spoken declarative question with a cue in its words: a final "or not" / "or what" in a short sentence that does
    /// not embed it ("if it works or not"), a placeholder "what" before an amount ("that was what ten years ago"), or a
    /// final "then" after a clause about the listener ("you've got two of them then").
    /// </summary>
    private static bool IsDeclarativeCue(Words words, int start, int count)
    {
        if (count - start <= 10 && words.Is(count - 2, "or") && (words.Is(count - 1, "not") || words.Is(count - 1, "what")) &&
            words.Take(count - 2).IndexOfAny(start, Embedding) < 0)
        {
            return true;
        }

        for (var i = start + 1; i < count - 1; i++)
        {
            if (words.Is(i, "what") && words.In(i - 1, PlaceholderWhatBefore) &&
                (words.In(i + 1, AmountWords) || words.StartsWithDigit(i + 1)))
            {
                return true;
            }
        }

        var listener = words.Is(start, "you") || words.Is(start, "you've") || words.Is(start, "you're") || words.Is(start, "y'all");
        return listener && count - start <= 10 && words.Is(count - 1, "then") && !words.Is(count - 2, "and") && !words.Is(count - 2, "since") &&
            !words.Is(count - 2, "by") && !words.Is(count - 2, "until") && !words.Is(count - 2, "back") && !words.Is(count - 2, "now");
    }

    /// <summary>
    /// "Do you know, I never thought of that": "do you know" calling for attention before a clause with its
    /// own subject, not asking whether the listener knows something ("do you know if …", "do you know him").
    /// </summary>
    private static bool IsAttentionDoYouKnow(Words words, int start, int count)
    {
        var at = start + 1;
        return at + 3 < count && words.Is(start, "do") && words.Is(at, "you") && words.Is(at + 1, "know") &&
            words.In(at + 2, ClauseSubjects) && !words.In(at + 3, Auxiliaries);
    }

    /// <summary>
    /// Agreeing with a tag: a pronoun and its auxiliary, then the tag ("They are, aren't they?", "it was wasn't it", "You do,
    /// don't you"), nothing else; the speaker confirms what the other side said.
    /// </summary>
    private static bool IsAgreementTag(Words words, int start, int count) =>
        count - start == 4 && words.In(start, EchoPronouns) && words.In(start + 1, Auxiliaries) && words.In(start + 2, NegativeAuxiliaries) &&
        words.In(start + 3, EchoPronouns) && words.Same(start, start + 3);

    /// <summary>A wh-word with its auxiliary contracted: "what's", "how's", "where're", "what'd".</summary>
    private static bool IsWhContraction(Words words, int at) =>
        words.Is(at, "what's") || words.Is(at, "how's") || words.Is(at, "where's") || words.Is(at, "who's") || words.Is(at, "why's") ||
        words.Is(at, "when's") || words.Is(at, "what're") || words.Is(at, "how'd") || words.Is(at, "what'd") || words.Is(at, "where'd") ||
        words.Is(at, "how're");

    /// <summary>
    /// A yes/no question without its auxiliary: "you" ("you guys", "y'all") then "ever", or one of <see cref="AnyVerbs"/>
    /// then "any" ("you have any kids", "you got any plans for the weekend"), or an -ing verb in a short sentence ("you
    /// doing okay", "you guys coming tonight"), or a bare "got any" ("got any kids") or "any chance" / "anything else"
    /// (<see cref="AnyQuestions"/>).
    /// </summary>
    private static bool IsDroppedAuxiliary(Words words, int start, int count)
    {
        var at = start;
        if ((words.Is(at, "got") && at + 2 < count && words.Is(at + 1, "any")) || words.StartsWithAny(at, AnyQuestions))
        {
            return true;
        }

        if (words.Is(at, "you") && at + 1 < count && words.Is(at + 1, "guys"))
        {
            at += 2;
        }
        else if (words.Is(at, "you") || words.Is(at, "y'all"))
        {
            at++;
        }
        else
        {
            return false;
        }

        // "you doing okay", "you guys coming tonight": a short question that dropped "are".
        if (at < count && count - start <= 8 && words.EndsWithIng(at) && !words.In(at, IngNouns))
        {
            return true;
        }

        return at + 1 < count && (words.Is(at, "ever") || (words.In(at, AnyVerbs) && words.Is(at + 1, "any")));
    }

    /// <summary>
    /// A backchannel in question form: an auxiliary and a pronoun ("Do you?", "Is it?", "Oh, did they?") or a pronoun and an
    /// auxiliary ("Oh, you did?", "They do?"), after at most one interjection.
    /// </summary>
    private static bool IsEchoBackchannel(Words words)
    {
        var first = words.Count > 0 && (words.Is(0, "oh") || words.Is(0, "ah") || words.Is(0, "really") || words.Is(0, "wow")) ? 1 : 0;
        if (words.Count - first is < 2 or > 3)
        {
            return false;
        }

        var n = words.Count - first;
        var pronounFirst = words.In(first, EchoPronouns) && words.In(first + 1, Auxiliaries);
        var auxFirst = words.In(first, Auxiliaries) && words.In(first + 1, EchoPronouns);
        return (pronounFirst || auxFirst) && (n == 2 || words.Is(first + 2, "not") || words.Is(first + 2, "so") || words.Is(first + 2, "too") || words.Is(first + 2, "really"));
    }

    /// <summary>
    /// A tag at the end of an unpunctuated sentence: a negative auxiliary and a pronoun ("… aren't you", "… isn't it"), or
    /// "right" / "correct" when the words before do not make them part of the clause ("that's right", "all right").
    /// </summary>
    private static bool IsBareTag(Words words, int count)
    {
        if (words.In(count - 2, NegativeAuxiliaries) && words.In(count - 1, EchoPronouns))
        {
            return true;
        }

        // "they don't do that anymore do they": a positive tag after a negative clause.
        if (count >= 5 && words.In(count - 2, Auxiliaries) && words.In(count - 1, EchoPronouns) && words.IndexOfAny(0, Negations) is >= 0 and var not && not < count - 3 &&
            !words.In(count - 3, Auxiliaries) && !words.In(count - 3, Negations) && !words.Is(count - 3, "to") && !words.Is(count - 3, "just"))
        {
            return true;
        }

        // "pretty nice up there huh"
        if (words.Is(count - 1, "huh") && !words.Is(count - 2, "uh") && !words.Is(count - 2, "um"))
        {
            return true;
        }

        return (words.Is(count - 1, "right") || words.Is(count - 1, "correct")) && !words.In(count - 2, TagBlockers);
    }

    /// <summary>A sentence that ends in a comma or a dash ends the turn without ending the sentence: broken off.</summary>
    private static bool IsBrokenOff(ReadOnlySpan<char> text, Token last) =>
        last.Kind == TokenKind.Punctuation && text[last.Start] is ',' or '-' or '—' or '–';

    /// <summary>How many words an empty tail ("you know", "I mean") at the last comma takes, or 0.</summary>
    private static int TailLength(Words words, int lastBreak)
    {
        var length = words.Count - lastBreak;
        return length is >= 1 and <= 5 && words.EqualsAt(lastBreak, length, EmptyTails) ? length : 0;
    }

    /// <summary>
    /// A question inside reported speech: a reporting frame ("she's like", "my boss goes", "he asked me") right before a
    /// question opener, after the sentence's own subject.
    /// </summary>
    private static bool IsQuoted(Words words, int start)
    {
        for (var q = start + 2; q < words.Count - 1 && q <= start + 6; q++)
        {
            if (!IsQuestionStart(words, q))
            {
                continue;
            }

            var verb = q - 1;
            if (verb - 1 > start && words.In(verb, QuoteFillers))
            {
                verb--; // "and he says, well, what difference does it make"
            }

            if (words.In(verb, ReportObjects) && verb - 1 > start && words.In(verb - 1, QuoteVerbs) && !words.Is(verb - 1, "like"))
            {
                verb--;
            }

            if (!words.In(verb, QuoteVerbs))
            {
                continue;
            }

            if (words.Is(verb, "like"))
            {
                return words.In(verb - 1, BeForms);
            }

            // "I'm asking, do you …" asks the listener; "they keep asking, when …" reports.
            return !(words.Is(verb, "asking") && (words.Is(verb - 1, "i'm") || words.Is(verb - 1, "am")));
        }

        return false;
    }

    /// <summary>Lower-cases a word and folds typographic apostrophes to <c>'</c>.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The normalized word.</returns>
    public static string Normalize(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        TextTokenizer.Fold(word, buffer);

        return new string(buffer);
    }

    private static bool IsQuestionStart(Words words, int index) =>
        words.In(index, WhWords) || (words.In(index, Auxiliaries) && index + 1 < words.Count && words.In(index + 1, Subjects));

    internal static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] values) => QuestionWords.Set(values);

    /// <summary>The words of a sentence as spans of the turn text, compared lower-cased with apostrophes folded.</summary>
    private readonly ref struct Words(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> indices)
    {
        private readonly ReadOnlySpan<char> text = text;
        private readonly ReadOnlySpan<Token> tokens = tokens;
        private readonly ReadOnlySpan<int> indices = indices;

        public int Count => indices.Length;

        public Words Take(int count) => new(text, tokens, indices[..count]);

        public int IndexOfAny(int from, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set)
        {
            for (var i = from; i < Count; i++)
            {
                if (In(i, set))
                {
                    return i;
                }
            }

            return -1;
        }

        public bool In(int word, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set)
        {
            var span = Span(word);
            if (span.Length > 32)
            {
                return false;
            }

            Span<char> buffer = stackalloc char[span.Length];
            TextTokenizer.Fold(span, buffer);
            return set.Contains(buffer);
        }

        /// <summary>Whether a word ends in "ing" and is longer than four letters ("comparing", not "king").</summary>
        public bool EndsWithIng(int word)
        {
            var span = Span(word);
            return span.Length > 4 && span.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>Whether a word starts with a digit ("12", "1990s").</summary>
        public bool StartsWithDigit(int word)
        {
            var span = Span(word);
            return !span.IsEmpty && char.IsAsciiDigit(span[0]);
        }

        /// <summary>Whether two words are the same, folded ("are are", "The the").</summary>
        public bool Same(int a, int b)
        {
            var x = Span(a);
            var y = Span(b);
            if (x.Length != y.Length)
            {
                return false;
            }

            for (var i = 0; i < x.Length; i++)
            {
                if (TextTokenizer.Fold(x[i]) != TextTokenizer.Fold(y[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public bool Is(int word, string expected)
        {
            var span = Span(word);
            if (span.Length != expected.Length)
            {
                return false;
            }

            for (var i = 0; i < span.Length; i++)
            {
                var c = span[i];
                if (TextTokenizer.Fold(c) != expected[i])
                {
                    return false;
                }
            }

            return true;
        }

        public bool MatchesWhole(string[][] phrases) => Count <= 5 && EqualsAt(0, Count, phrases);

        public bool EqualsAt(int start, int length, string[][] phrases)
        {
            foreach (var phrase in phrases)
            {
                if (phrase.Length == length && StartsWith(start, phrase))
                {
                    return true;
                }
            }

            return false;
        }

        public bool EndsWithAny(int count, string[][] phrases)
        {
            foreach (var phrase in phrases)
            {
                if (phrase.Length < count && StartsWith(count - phrase.Length, phrase))
                {
                    return true;
                }
            }

            return false;
        }

        public bool StartsWithAny(int start, string[][] phrases)
        {
            foreach (var phrase in phrases)
            {
                if (start + phrase.Length <= Count && StartsWith(start, phrase))
                {
                    return true;
                }
            }

            return false;
        }

        private bool StartsWith(int start, string[] phrase)
        {
            for (var i = 0; i < phrase.Length; i++)
            {
                if (!Is(start + i, phrase[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public ReadOnlySpan<char> Span(int word)
        {
            var token = tokens[indices[word]];
            return text.Slice(token.Start, token.Length);
        }

    }

    /// <summary>
    /// Whether a decision is one the model should not overrule: no words, a backchannel, a repair request, a question
    /// handed back ("and you?"), or a question form that does not ask (quoted, rhetorical, a relative or wh-clause
    /// opener: "which is why …", "what we do is …", "when the kids were little …"), a tag ending an unpunctuated sentence
    /// ("… aren't you", "… huh"), a yes/no question without its auxiliary ("you ever been out there"), or an
    /// unpunctuated inversion with a subject ("do you have kids"; on Earnings-22 stripped the model's overrules of these
    /// were wrong two times in three) or a wh-word with its auxiliary ("what's going on with …", "how do you …"), a spoken
    /// declarative question with a cue ("so you're a student", "that was what ten years ago", "… or not"), or a statement
    /// with its subject left out ("could be worse"). The model was not trained to tell these apart.
    /// </summary>
    /// <param name="decision">A decision of <see cref="Classify(ReadOnlySpan{char}, ReadOnlySpan{Token})"/>.</param>
    /// <returns><see langword="true"/> for those.</returns>
    internal static bool IsNoWordsOrBackchannel(ActDecision decision) =>
        ReferenceEquals(decision, Decisions.NoWords) || ReferenceEquals(decision, Decisions.Backchannel) ||
        ReferenceEquals(decision, Decisions.Greeting) || ReferenceEquals(decision, Decisions.Abandoned) ||
        ReferenceEquals(decision, Decisions.Aux) || ReferenceEquals(decision, Decisions.AuxOr) ||
        ReferenceEquals(decision, Decisions.WhOpenerInverted) ||
        ReferenceEquals(decision, Decisions.Repair) || ReferenceEquals(decision, Decisions.ReturnQuestion) ||
        ReferenceEquals(decision, Decisions.Quoted) || ReferenceEquals(decision, Decisions.Rhetorical) ||
        ReferenceEquals(decision, Decisions.Relative) || ReferenceEquals(decision, Decisions.WhClause) ||
        ReferenceEquals(decision, Decisions.BareTagQuestion) || ReferenceEquals(decision, Decisions.DroppedAuxiliary) ||
        ReferenceEquals(decision, Decisions.DeclarativeCue) || ReferenceEquals(decision, Decisions.DeclarativeQuestion) ||
        ReferenceEquals(decision, Decisions.Ellipsis) || ReferenceEquals(decision, Decisions.EchoBackchannel) ||
        ReferenceEquals(decision, Decisions.DeclarativeEcho) || ReferenceEquals(decision, Decisions.Answer) ||
        ReferenceEquals(decision, Decisions.Agreement);

    /// <summary>The decision for a sentence without words.</summary>
    internal static ActDecision NoWordsDecision => Decisions.NoWords;

    /// <summary>The decisions this classifier makes, shared (they are immutable) so classifying allocates nothing.</summary>
    private static class Decisions
    {
        public static readonly ActDecision NoWords = new(SentenceAct.Other, SourceName, 0.9, "no-words");
        public static readonly ActDecision Backchannel = new(SentenceAct.Backchannel, SourceName, 0.85, "backchannel");
        public static readonly ActDecision Greeting = new(SentenceAct.Other, SourceName, 0.85, "greeting");
        public static readonly ActDecision WhClause = new(SentenceAct.Statement, SourceName, 0.6, "wh-clause");
        public static readonly ActDecision WhOpener = Question(0.85, "wh-opener", QuestionType.Wh);
        public static readonly ActDecision WhOpenerMarked = Question(0.97, "wh-opener", QuestionType.Wh);
        public static readonly ActDecision WhOpenerInverted = Question(0.85, "wh-opener", QuestionType.Wh);
        public static readonly ActDecision Aux = Question(0.85, "aux-inversion", QuestionType.YesNo);
        public static readonly ActDecision AuxMarked = Question(0.97, "aux-inversion", QuestionType.YesNo);
        public static readonly ActDecision AuxOr = Question(0.85, "aux-inversion", QuestionType.Or);
        public static readonly ActDecision AuxOrMarked = Question(0.97, "aux-inversion", QuestionType.Or);
        public static readonly ActDecision InfoRequest = Question(0.8, "info-request", QuestionType.Open);
        public static readonly ActDecision TagQuestion = Question(0.6, "tag-question", QuestionType.Tag);
        public static readonly ActDecision QuestionMark = Question(0.8, "question-mark", QuestionType.Declarative);
        public static readonly ActDecision Fragment = new(SentenceAct.Other, SourceName, 0.6, "fragment");
        public static readonly ActDecision Declarative = new(SentenceAct.Statement, SourceName, 0.8, "declarative");
        public static readonly ActDecision BareTagQuestion = Question(0.7, "tag-question", QuestionType.Tag);
        public static readonly ActDecision ReturnQuestion = Question(0.85, "return-question", QuestionType.Open);
        public static readonly ActDecision Repair = new(SentenceAct.Other, SourceName, 0.8, "repair");
        public static readonly ActDecision Abandoned = new(SentenceAct.Other, SourceName, 0.7, "abandoned");
        public static readonly ActDecision Rhetorical = new(SentenceAct.Statement, SourceName, 0.75, "rhetorical");
        public static readonly ActDecision Relative = new(SentenceAct.Statement, SourceName, 0.75, "relative-clause");
        public static readonly ActDecision Quoted = new(SentenceAct.Statement, SourceName, 0.75, "quoted-question");
        public static readonly ActDecision DeclarativeQuestion = Question(0.6, "declarative-question", QuestionType.Declarative);
        public static readonly ActDecision DroppedAuxiliary = Question(0.75, "dropped-auxiliary", QuestionType.YesNo);
        public static readonly ActDecision DeclarativeCue = Question(0.7, "declarative-cue", QuestionType.Declarative);
        public static readonly ActDecision Ellipsis = new(SentenceAct.Statement, SourceName, 0.75, "elided-subject");
        public static readonly ActDecision EchoBackchannel = new(SentenceAct.Backchannel, SourceName, 0.7, "echo-backchannel");
        public static readonly ActDecision DeclarativeEcho = Question(0.6, "declarative-check", QuestionType.Declarative);
        public static readonly ActDecision Agreement = new(SentenceAct.Statement, SourceName, 0.7, "agreement-tag");
        public static readonly ActDecision Answer = new(SentenceAct.Statement, SourceName, 0.8, "declarative-answer");

        private static ActDecision Question(double confidence, string reason, QuestionType type) =>
            new(SentenceAct.Question, SourceName, confidence, reason) { QuestionType = type };
    }
}
