namespace SalesLint.Metrics;

/// <summary>The closed set of conversation metrics that rules and the score can refer to by name.</summary>
public static class MetricCatalog
{
    /// <summary>Number of turns.</summary>
    public const string Turns = "turns";

    /// <summary>Number of sentences.</summary>
    public const string Sentences = "sentences";

    /// <summary>Seconds from the first turn's start to the last turn's end (only with timestamps).</summary>
    public const string DurationSeconds = "duration_seconds";

    /// <summary>Words spoken by sellers.</summary>
    public const string SellerWords = "seller.words";

    /// <summary>Words spoken by buyers.</summary>
    public const string BuyerWords = "buyer.words";

    /// <summary>Questions asked by sellers.</summary>
    public const string SellerQuestions = "seller.questions";

    /// <summary>Statements made by sellers.</summary>
    public const string SellerStatements = "seller.statements";

    /// <summary>Questions asked by buyers.</summary>
    public const string BuyerQuestions = "buyer.questions";

    /// <summary>Statements made by buyers.</summary>
    public const string BuyerStatements = "buyer.statements";

    /// <summary>Seller questions divided by seller statements (statements counted as at least 1).</summary>
    public const string SellerQuestionRatio = "seller.question_ratio";

    /// <summary>Seller questions as a share of seller questions and statements, 0–1.</summary>
    public const string SellerQuestionShare = "seller.question_share";

    /// <summary>Share of the talking done by sellers, 0–1: by time when every turn has start and end, else by words.</summary>
    public const string SellerTalkShare = "seller.talk_share";

    /// <summary>Most words a seller spoke in consecutive seller turns without a buyer speaking.</summary>
    public const string SellerLongestMonologueWords = "seller.longest_monologue_words";

    /// <summary>Every metric name with its description.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        [Turns] = "Number of turns.",
        [Sentences] = "Number of sentences.",
        [DurationSeconds] = "Seconds from the first turn's start to the last turn's end (only with timestamps).",
        [SellerWords] = "Words spoken by sellers.",
        [BuyerWords] = "Words spoken by buyers.",
        [SellerQuestions] = "Questions asked by sellers.",
        [SellerStatements] = "Statements made by sellers.",
        [BuyerQuestions] = "Questions asked by buyers.",
        [BuyerStatements] = "Statements made by buyers.",
        [SellerQuestionRatio] = "Seller questions divided by seller statements (statements counted as at least 1).",
        [SellerQuestionShare] = "Seller questions as a share of seller questions and statements, 0-1.",
        [SellerTalkShare] = "Share of talk by sellers, 0-1: by time when every turn has start and end, else by words.",
        [SellerLongestMonologueWords] = "Most words in consecutive seller turns without a buyer speaking.",
    };
}
