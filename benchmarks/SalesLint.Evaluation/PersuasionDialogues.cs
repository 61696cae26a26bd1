using SalesLint.Model;
using SalesLint.Trainer;

namespace SalesLint.Evaluation;

/// <summary>A PersuasionForGood dialogue as a transcript (persuader = seller), with the annotation-derived SL1002 gold.</summary>
/// <param name="Transcript">The dialogue.</param>
/// <param name="PrematurePitch">Whether the persuader pitched before the persuadee said anything about themselves, unasked.</param>
internal sealed record PersuasionDialogue(Transcript Transcript, bool PrematurePitch);

/// <summary>Reads PersuasionForGood's annotated units back into dialogues.</summary>
internal static class PersuasionDialogues
{
    private static readonly HashSet<string> Pitch = new(StringComparer.Ordinal) { "proposition-of-donation", "donation-information", "credibility-appeal" };

    private static readonly HashSet<string> SharedAboutSelf = new(StringComparer.Ordinal) { "positive-to-inquiry", "neutral-to-inquiry", "negative-to-inquiry" };

    private static readonly HashSet<string> AskedAboutCharity = new(StringComparer.Ordinal) { "ask-org-info", "ask-donation-procedure" };

    /// <summary>Reads every dialogue of annotated_units.csv, in file order.</summary>
    /// <param name="path">The CSV file.</param>
    /// <returns>The dialogues.</returns>
    public static List<PersuasionDialogue> Read(string path)
    {
        var units = LabelData.ReadUnits(path);
        var result = new List<PersuasionDialogue>();
        foreach (var dialogue in units.GroupBy(u => u[0], StringComparer.Ordinal))
        {
            // Consecutive units with the same role and turn index form one turn.
            var turns = new List<(string Role, List<string> Texts, HashSet<string> Labels)>();
            string? key = null;
            foreach (var unit in dialogue)
            {
                var role = unit[1];
                if ($"{role}/{unit[2]}" != key)
                {
                    key = $"{role}/{unit[2]}";
                    turns.Add((role, [], []));
                }

                turns[^1].Texts.Add(unit[3].Trim());
                foreach (var label in unit.Skip(4).Where(l => l.Length > 0))
                {
                    turns[^1].Labels.Add(label);
                }
            }

            var shared = false;
            var premature = false;
            for (var t = 0; t < turns.Count; t++)
            {
                var (role, _, labels) = turns[t];
                if (role == "persuadee")
                {
                    shared |= labels.Overlaps(SharedAboutSelf);
                    continue;
                }

                var asked = t > 0 && turns[t - 1].Role == "persuadee" && turns[t - 1].Labels.Overlaps(AskedAboutCharity);
                if (!shared && !asked && labels.Overlaps(Pitch))
                {
                    premature = true;
                }
            }

            var transcript = new Transcript
            {
                Id = dialogue.Key,
                Participants =
                [
                    new Participant { Id = "ER", Name = "Persuader", Role = SpeakerRole.Seller },
                    new Participant { Id = "EE", Name = "Persuadee", Role = SpeakerRole.Buyer },
                ],
                Turns = [.. turns.Select(t => new TranscriptTurn { Speaker = t.Role == "persuader" ? "ER" : "EE", Text = string.Join(' ', t.Texts) })],
            };
            result.Add(new PersuasionDialogue(transcript, premature));
        }

        return result;
    }
}
