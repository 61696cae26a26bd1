using SalesLint.Model;

namespace SalesLint.Metrics;

/// <summary>Computes the <see cref="MetricCatalog"/> metrics of a conversation in one pass.</summary>
public static class MetricsCalculator
{
    /// <summary>Computes the metrics.</summary>
    /// <param name="conversation">The conversation.</param>
    /// <returns>Metric values by name, in name order. Metrics that are undefined (e.g. duration without timestamps) are absent.</returns>
    public static IReadOnlyDictionary<string, double> Compute(Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        int sellerWords = 0, buyerWords = 0, sellerQ = 0, sellerS = 0, buyerQ = 0, buyerS = 0;
        int monologue = 0, longest = 0;
        double sellerTime = 0, totalTime = 0;
        var timed = conversation.Turns.Count > 0;
        foreach (var turn in conversation.Turns)
        {
            var seller = turn.Role == SpeakerRole.Seller;
            var buyer = turn.Role == SpeakerRole.Buyer;
            if (seller)
            {
                sellerWords += turn.WordCount;
                monologue += turn.WordCount;
                longest = Math.Max(longest, monologue);
            }
            else if (buyer)
            {
                buyerWords += turn.WordCount;
                monologue = 0;
            }

            if (turn.Start is double start && turn.End is double end && end >= start)
            {
                totalTime += end - start;
                if (seller)
                {
                    sellerTime += end - start;
                }
            }
            else
            {
                timed = false;
            }

            foreach (var sentence in turn.Sentences)
            {
                var question = sentence.Act == SentenceAct.Question;
                var statement = sentence.Act == SentenceAct.Statement;
                if (seller)
                {
                    sellerQ += question ? 1 : 0;
                    sellerS += statement ? 1 : 0;
                }
                else if (buyer)
                {
                    buyerQ += question ? 1 : 0;
                    buyerS += statement ? 1 : 0;
                }
            }
        }

        var metrics = new SortedDictionary<string, double>(StringComparer.Ordinal)
        {
            [MetricCatalog.Turns] = conversation.Turns.Count,
            [MetricCatalog.Sentences] = conversation.SentenceCount,
            [MetricCatalog.SellerWords] = sellerWords,
            [MetricCatalog.BuyerWords] = buyerWords,
            [MetricCatalog.SellerQuestions] = sellerQ,
            [MetricCatalog.SellerStatements] = sellerS,
            [MetricCatalog.BuyerQuestions] = buyerQ,
            [MetricCatalog.BuyerStatements] = buyerS,
            [MetricCatalog.SellerQuestionRatio] = Math.Round((double)sellerQ / Math.Max(1, sellerS), 4),
            [MetricCatalog.SellerLongestMonologueWords] = longest,
        };

        if (sellerQ + sellerS > 0)
        {
            metrics[MetricCatalog.SellerQuestionShare] = Math.Round((double)sellerQ / (sellerQ + sellerS), 4);
        }

        if (timed && totalTime > 0)
        {
            metrics[MetricCatalog.SellerTalkShare] = Math.Round(sellerTime / totalTime, 4);
            var first = conversation.Turns[0].Start!.Value;
            var last = conversation.Turns.Max(t => t.End!.Value);
            metrics[MetricCatalog.DurationSeconds] = Math.Round(last - first, 3);
        }
        else if (sellerWords + buyerWords > 0)
        {
            metrics[MetricCatalog.SellerTalkShare] = Math.Round((double)sellerWords / (sellerWords + buyerWords), 4);
        }

        return metrics;
    }
}
