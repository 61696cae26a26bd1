using SalesLint.Evaluation;

// saleslint-evaluation COMMAND [options]: measurements on data kept beside the repository (../shared/data).
return args.Length == 0 || args[0] is "-h" or "--help"
    ? Usage(args.Length == 0 ? 2 : 0)
    : args[0] switch
    {
        "questions" => QuestionsCommand.Run(args[1..]),
        "negotiation" => NegotiationCommand.Run(args[1..]),
        "audit" => AuditCommand.Run(args[1..]),
        "labels" => LabelsCommand.Run(args[1..]),
        "patterns" => PatternsCommand.Run(args[1..]),
        "recommendation" => RecommendationCommand.Run(args[1..]),
        "score" => ScoreCommand.Run(args[1..]),
        _ => Unknown(args[0]),
    };

static int Usage(int code)
{
    var writer = code == 0 ? Console.Out : Console.Error;
    writer.WriteLine("usage: dotnet run -c Release --project benchmarks/SalesLint.Evaluation -- COMMAND [options]");
    writer.WriteLine();
    writer.WriteLine("commands:");
    writer.WriteLine("  questions   question detection: precision, recall and F1 per corpus and condition, per label, per rule");
    writer.WriteLine("  labels      the understanding layer: per-label precision, recall and F1 (written test set, CaSiNo, PersuasionForGood) and SL1002 before/after");
    writer.WriteLine("  recommendation SL1002 per conversation on the movie-recommendation chats written for SalesLint (tune and held-out halves)");
    writer.WriteLine("  negotiation the negotiation ledger: precision and recall of concessions, reciprocity and SL1004 on CaSiNo and haggling chats");
    writer.WriteLine("  audit       findings on real conversations for judging by hand, precision per rule against data/audit-judgements.tsv, score spread");
    writer.WriteLine("  patterns    the negotiation pattern rules SL5002-SL5007 on CaSiNo: how often each fires, and sampled firings to judge");
    writer.WriteLine("  score       the conversation score: good/poor pairs ranked right, and the score against CaSiNo and PersuasionForGood outcomes");
    writer.WriteLine();
    writer.WriteLine("Run from the repository root (data defaults to ../shared/data), or pass --data DIR.");
    return code;
}

static int Unknown(string command)
{
    Console.Error.WriteLine($"unknown command '{command}'");
    return Usage(2);
}
