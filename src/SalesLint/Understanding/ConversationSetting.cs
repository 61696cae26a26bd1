using System.Buffers;
using System.Text.RegularExpressions;
using SalesLint.Features;
using SalesLint.Model;

namespace SalesLint.Understanding;

/// <summary>
/// What kind of conversation this is, from what its speakers say (never from a file or corpus name): a business sale,
/// where qualifying the buyer applies, a follow-up call, where it was done before, and an investor call, which is no
/// sale at all. Rules name the settings they
/// apply to (<c>onlyIn</c>) or not (<c>notIn</c>); see <see cref="ConversationSettings"/>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><b>Business sale</b>: the buyer speaks for an organization ("our team", "my boss", "we're using …") or the
/// seller speaks to one ("your reps", "companies like yours", "legal will want to review it", a seller question about
/// who decides or the budget, "a shop like yours", "is this the owner?", "your competitors", "your whole inventory") twice, or once
/// while a business offering comes up at least twice (a platform, licences, seats, a subscription, pricing, a
/// contract, a demo, a pilot, an order form …), or a software offering (a platform, seats, integrations, dashboards …)
/// comes up in two turns (a subscription alone is not one: a monthly donation is a subscription too). A donation
/// ask, a campsite item split, a used-goods bargain, a movie recommendation or a billing call is none.</item>
/// <item><b>Follow-up call</b>: a call that continues an earlier conversation between the parties, where the buyer
/// was qualified before: one mention of that earlier conversation ("when we spoke last week", "on the first call",
/// "round two", "as promised", "following up on our call"), of checking in with a customer ("just calling to check
/// in") or of the customer's existing account ("included in your plan", "your renewal"). A follow-up on an email or a
/// voicemail is no follow-up call (a cold call often opens that way). The transcript's metadata can say it outright:
/// <c>call_type: follow-up</c> or <c>call_type: first-call</c> (see <see cref="CallTypeKey"/>).</item>
/// <item><b>Goods split</b>: a bargaining platform's deal form in the transcript submits a split of shared goods
/// between the two sides ("[Submit-Deal: I get Food 1, Water 2, Firewood 0; you get Food 2, Water 1, Firewood 3]"):
/// the two sides divide a stock, and there is no offering to pitch.</item>
/// <item><b>Bargain</b>: a classified-ad haggle between two people over a used item or a rental (Craigslist or
/// Marketplace style): no business sale, no investor call, no deal-form split and no donation talk; a turn names the
/// listing or its signs (the ad, the item still for sale, its condition or history, what the seller paid, the pickup,
/// the cash, the rent: see <see cref="ListingSign"/>) and the seller names a price ("$275", "1200", "6k"). The buyer
/// answered the ad: it came for the item, so the item's facts and price are what it asked for, and there is no goal to
/// discover first.</item>
/// <item><b>Investor call</b>: investor vocabulary at least three times (forward-looking statements, guidance, per
/// share, EBITDA, year-over-year, shareholders, an earnings call …): an earnings call's executives answer analysts,
/// they do not sell to them. So does an investor conference's moderated interview: a frame naming it (a fireside chat,
/// a symposium, an investor or healthcare conference, an investor day, "I cover the stock") and the analysts' topics
/// (margins, the quarter, investors, the balance sheet, capital allocation …) at least four times, investor words
/// included (see <see cref="InvestorVocabulary"/>).</item>
/// </list>
/// Each turn's text is searched once, and the search stops as soon as both answers are known.
/// </remarks>
public sealed partial class ConversationSetting
{
    /// <summary>Investor-vocabulary matches from which a conversation is an investor call.</summary>
    public const int InvestorMatches = InvestorVocabulary.CallMatches;

    /// <summary>Mentions of the buyer's organization (by the buyer, or by the seller to the buyer) that make a business sale without offering talk.</summary>
    public const int OrganizationMentions = 2;

    /// <summary>Turns naming a software or platform offering (a platform, seats, integrations, dashboards …) that make a business sale on their own.</summary>
    public const int ProductTurns = 2;

    /// <summary>Business-offering matches that, with one turn speaking for an organization, make a business sale.</summary>
    public const int OfferMatches = 2;

    /// <summary>The transcript metadata key that states the call type: <c>follow-up</c> or <c>first-call</c>.</summary>
    public const string CallTypeKey = "call_type";

    private ConversationSetting(bool businessSale, bool investorCall, bool followUp = false, bool goodsSplit = false, bool bargain = false)
    {
        BusinessSale = businessSale;
        InvestorCall = investorCall;
        FollowUp = followUp;
        GoodsSplit = goodsSplit;
        Bargain = bargain;
    }

    /// <summary>Whether this is a business (B2B or consultative) sale, where qualification applies.</summary>
    public bool BusinessSale { get; }

    /// <summary>Whether this is an investor call (an earnings call): no seller and no buyer in the sales sense.</summary>
    public bool InvestorCall { get; }

    /// <summary>Whether this call follows up an earlier one (a check-in, a demo after discovery, a renewal): the buyer was qualified before.</summary>
    public bool FollowUp { get; }

    /// <summary>Whether a deal form in the transcript splits shared goods between the two sides: no offering, no product talk.</summary>
    public bool GoodsSplit { get; }

    /// <summary>Whether this is a classified-ad haggle between two people over a used item or a rental: the buyer came for the listed item.</summary>
    public bool Bargain { get; }

    /// <summary>Whether the conversation is in a setting.</summary>
    /// <param name="setting">The setting.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool Is(ConversationSettingKind setting) => setting switch
    {
        ConversationSettingKind.BusinessSale => BusinessSale,
        ConversationSettingKind.InvestorCall => InvestorCall,
        ConversationSettingKind.FollowUp => FollowUp,
        ConversationSettingKind.GoodsSplit => GoodsSplit,
        ConversationSettingKind.Bargain => Bargain,
        _ => false,
    };

    /// <summary>Reads the setting from what the conversation says.</summary>
    /// <param name="conversation">The conversation.</param>
    /// <returns>Its setting.</returns>
    public static ConversationSetting Detect(Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);

        // The investor reading is the conversation's own (read once: the ledger's setting asks for it too).
        if (InvestorVocabulary.IsInvestorCall(conversation))
        {
            return new ConversationSetting(businessSale: false, investorCall: true);
        }

        int offer = 0, product = 0;
        var organization = 0;
        var followUp = StatedCallType(conversation);
        var goodsSplit = false;
        bool listing = HasListingPrice(conversation), sellerPrice = false, giving = false;
        foreach (var turn in conversation.Turns)
        {
            if (!goodsSplit && DealForm.Action(turn.Text) == DealFormAction.Submit)
            {
                goodsSplit = DealForm.Split(turn.Text).Count > 0;
            }

            var text = turn.Text.AsSpan();
            followUp ??= MentionsFollowUp(text) ? true : null;

            // The bargain's signs matter only while the call may still be one: a business sale, a deal-form split or
            // donation talk, once read, stays so (the counts only grow), and the listing regex tries at every word.
            if (!giving && !goodsSplit && !IsBusinessSale(organization, offer, product))
            {
                listing = listing || ListingSign().IsMatch(text);
                sellerPrice = sellerPrice || (turn.Speaker.Role == SpeakerRole.Seller && NamesPrice(text));
                giving = text.Contains("donat", StringComparison.OrdinalIgnoreCase) || text.Contains("charit", StringComparison.OrdinalIgnoreCase);
            }

            if (offer < OfferMatches)
            {
                offer += Count(Offer(), text, OfferMatches - offer);
            }

            if (product < ProductTurns && Product().IsMatch(text))
            {
                product++;
            }

            if (organization < OrganizationMentions)
            {
                organization += turn.Speaker.Role switch
                {
                    SpeakerRole.Buyer => Count(BuyerOrganization(), text, OrganizationMentions - organization),
                    SpeakerRole.Seller => Math.Max(Count(SellerOrganization(), text, OrganizationMentions - organization), AsksWhoDecidesOrBudget(turn) ? 1 : 0),
                    _ => 0,
                };
            }
        }

        var businessSale = IsBusinessSale(organization, offer, product);
        var bargain = !businessSale && !goodsSplit && !giving && listing && sellerPrice;
        return new ConversationSetting(businessSale, investorCall: false, followUp ?? false, goodsSplit, bargain);
    }

    /// <summary>Whether the organization mentions, offering matches and product turns counted make a business sale.</summary>
    private static bool IsBusinessSale(int organization, int offer, int product) =>
        organization >= OrganizationMentions || (organization > 0 && offer >= OfferMatches) || product >= ProductTurns;

    /// <summary>The transcript metadata keys that give a listing price (as the negotiation ledger reads them).</summary>
    private static readonly string[] ListingPriceKeys = ["listing_price", "listingPrice", "list_price", "asking_price", "listing"];

    /// <summary>Whether the transcript's metadata gives a listing price.</summary>
    private static bool HasListingPrice(Conversation conversation)
    {
        foreach (var key in ListingPriceKeys)
        {
            if (conversation.Metadata.ContainsKey(key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text names a number a price can be: "$5", two digits or more, or "6k" (not "2 more batteries").</summary>
    private static bool NamesPrice(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('0', '9') >= 0 && PriceNumber().IsMatch(text);

    [GeneratedRegex(@"\$\s?\d|\b\d{2,}|\b\d+(?:\.\d+)?\s?k\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PriceNumber();

    /// <summary>
    /// What a used-goods or rental listing chat says: the ad, the item still for sale, its condition or history, what the
    /// seller paid, the pickup, the cash, the rent ("saw your post", "is it still available", "for sale", "any
    /// scratches?", "I paid 900 for it", "asking $150", "I can pick it up tonight", "the lease"). A car's miles are its
    /// odometer ("95k miles", "1400 miles on it", "how many miles"), not a hike of "6 to 10 miles".
    /// </summary>
    [GeneratedRegex(
        @"\b(?:listing|listed|craigslist|marketplace|offer ?up|kijiji|obo|(?:your|the|ur|this|that) (?:ad|post|posting|advert)|selling (?:my|our|a|an|the|this)|asking \$?\d+|for sale"
        + @"|still (?:available|avail|for sale|for rent|open|up|there|around|have (?:it|them)|got (?:it|them)|selling)|still (?:have|got) (?:the|that|this|ur|your) \w+|(?:is|are) (?:the|this|that|your|ur|it|they|these|those)(?: \w+){0,3} (?:still )?available|pick(?:ing)?[- ]?(?:it |them )?up|pickup|come (?:get|grab) (?:it|them)|cash|venmo|zelle"
        + @"|condition|scratch(?:es|ed)?|dents?|stains?|worn|wear|(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+(?:\.\d+)?k) ?miles|miles on|how many miles|mileage|barely|like new|original (?:box|packaging|receipt)|rust|crash(?:ed)?|dropped|smoke[- ]free|pet[- ]free"
        + @"|paid \$?\d+|bought (?:it|them)|used (?:it|them|bike|car|once|twice|maybe|only|for)|rent|lease|sublet|sublease|utilities)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex ListingSign();

    /// <summary>The call type the transcript's metadata states, or null when it states none (or one not known).</summary>
    private static bool? StatedCallType(Conversation conversation) =>
        conversation.Metadata.TryGetValue(CallTypeKey, out var type)
            ? type.Trim().ToLowerInvariant() switch
            {
                "follow-up" or "followup" or "follow_up" => true,
                "first-call" or "firstcall" or "first_call" => false,
                _ => null,
            }
            : null;

    /// <summary>A seller question about who decides or the budget: the seller treats the buyer as an organization's buyer.</summary>
    private static bool AsksWhoDecidesOrBudget(Turn turn)
    {
        foreach (var sentence in turn.SentenceArray)
        {
            if (sentence.Act != SentenceAct.Question)
            {
                continue;
            }

            foreach (var match in sentence.FeatureArray)
            {
                if (match.Feature is "authority" or "budget")
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text mentions an earlier conversation, a check-in or the customer's account (<see cref="FollowUpMention"/>).
    /// The regex starts a try at every word ("<c>(you|\w+) said last week</c>"), so it runs only on text holding one of
    /// the words every one of its matches contains (<see cref="FollowUpWords"/>), or one of the characters its
    /// case-insensitive matching takes for an ASCII letter that <see cref="StringComparison.OrdinalIgnoreCase"/> does not.
    /// </summary>
    private static bool MentionsFollowUp(ReadOnlySpan<char> text) => TextScreen.MayHold(text, FollowUpWords) && FollowUpMention().IsMatch(text);

    /// <summary>
    /// Words each alternative of <see cref="FollowUpMention"/> needs, in its order: "we spoke", "last call", "demo on",
    /// "round two", "as promised", "as we discussed", "follow up ", "last week", "check in", "renewal", "your plan",
    /// "since you ", "welcome back" …
    /// </summary>
    private static readonly SearchValues<string> FollowUpWords = SearchValues.Create(
        [
            "we spoke", "we talked", "we met", "we chatted", "we last ", "i spoke", "i talked", "i met", "i chatted", "i last ",
            "last call", "last meeting", "last conversation", "last chat", "last demo", "last session",
            "previous call", "previous meeting", "previous conversation", "previous chat", "previous demo", "previous session",
            "first call", "first meeting", "first conversation", "first chat", "first demo", "first session",
            "earlier call", "earlier meeting", "earlier conversation", "earlier chat", "earlier demo", "earlier session",
            "call last", "call on", "call yesterday", "meeting last", "meeting on", "meeting yesterday",
            "conversation last", "conversation on", "conversation yesterday", "demo last", "demo on", "demo yesterday",
            "round two", "as promised", "as we discussed", "as we mentioned", "as we asked", "as you discussed", "as you mentioned", "as you asked",
            "follow-up ", "follow up ", "following-up ", "following up ", "last week", "last time", "check-in", "check in", "checking in",
            "renewal", "your plan", "your account", "your subscription", "your contract", "your licen", "your current ", "since you ",
            "welcome back",
        ],
        StringComparison.OrdinalIgnoreCase);

    private static int Count(Regex regex, ReadOnlySpan<char> text, int enough)
    {
        var count = 0;
        foreach (var _ in regex.EnumerateMatches(text))
        {
            if (++count >= enough)
            {
                break;
            }
        }

        return count;
    }

    private const string OrganizationNoun =
        "(team|teams|company|business|businesses|firm|organization|organisation|org|department|office|offices|reps|"
        + "sales reps|sales team|staff|employees|customers|clients|crm|vendor|vendors|pipeline|budget|board|boss|manager|"
        + "managers|director|leadership|headcount|division|agency|clinic|practice|store|stores|warehouse|warehouses|fleet|"
        + "plant|plants|locations|branches|procurement|finance team|it team|it department|ops team|operations team|cfo|ceo|coo|cto|"
        + "cio|cro|vp|board|legal team|forecast|forecasts|revenue|sales|deals|quota|quotas|competitors|inventory)";

    [GeneratedRegex(
        @"\b(our|my) (\w+ ){0,2}" + OrganizationNoun + @"\b|\bwe('re| are)? (currently )?(using|use|run|running|have been using)\b|\b(i|we) (manage|run|lead|oversee|head up) (a|the|our)\b"
        + @"|\bwe (run|manage|operate|own|have) (\w+ )?(clinics?|stores?|offices?|locations?|sites?|restaurants?|warehouses?|branches|plants?|reps|employees)\b"
        + @"|\b(legal|finance|procurement|purchasing|security|compliance|the board|the committee|the cfo|management|the team|my team)\b (will|would|needs?|signs?|wants?|has to|have to|liked|approves?|must|votes?|decides?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BuyerOrganization();

    [GeneratedRegex(
        @"\byour (\w+ )?" + OrganizationNoun + @"\b|\b(companies|businesses|teams|firms|organizations|shops?|stores?|restaurants?|garages?|salons?|practices?|clinics?|dealerships?|outfits?|operations?) (just )?like yours\b"
        + @"|\b(is this|are you|am i speaking (to|with)|am i talking to|can i speak (to|with)|could i speak (to|with)) the (owner|business owner|owner or (the )?manager|store manager|office manager|general manager|practice manager)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SellerOrganization();

    [GeneratedRegex(
        @"\b(platform|software|saas|licen[cs]es?|licensing|seats?|subscriptions?|pricing|contract|demo|pilot|implementation|onboarding|integrations?|dashboards?|modules?|per (user|seat|licen[cs]e)|proposal|quote|rollout|roll it out|go live|order form|kickoff|kick-off|case study|reference call|trial|deployment|renewal|annual plan|tier|api|analytics|our (product|tool|service|services|solution|offering))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Offer();

    [GeneratedRegex(
        @"\b(platform|software|saas|licen[cs]es?|licensing|seats?|integrations?|dashboards?|modules?|api|analytics|per (user|seat|licen[cs]e)|implementation|onboarding|deployment)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Product();

    [GeneratedRegex(
        @"\bwhen (we|i) (last )?(spoke|talked|met|chatted)\b|\bsince (we|i) (last )?(spoke|talked|met|chatted)\b|\b(our|the) (last|previous|first|earlier) (call|meeting|conversation|chat|demo|session)\b"
        + @"|\b(on|in|from|after) (our|the|your) (call|meeting|conversation|demo) (last|on|yesterday)\b|\bround two\b|\bas promised\b|\bas (we|you) (discussed|mentioned|asked)\b"
        + @"|\bfollow(ing)?[- ]up (on|from|after|to) (our|the|my|your|last) (call|conversation|meeting|demo|chat|discussion|proposal|quote|visit|week)\b|\b(you|\w+) (mentioned|told me|said) last (week|time)\b"
        + @"|\blast (week|time) (you|\w+) (told|mentioned to|said to) (me|us)\b|\b(to|just|quick|a) check[- ]in\b|\bchecking in\b|\b(your|the) (upcoming )?renewal\b|\bup for renewal\b"
        + @"|\b(in|on|under|with) your (current )?(plan|account|subscription|contract|licen[cs]e)\b|\bsince you (started|signed|switched|came on|joined)\b|\bwelcome back\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FollowUpMention();
}

/// <summary>The settings a rule can be limited to (<c>onlyIn</c>) or kept out of (<c>notIn</c>).</summary>
public enum ConversationSettingKind
{
    /// <summary><c>business-sale</c>: see <see cref="ConversationSetting.BusinessSale"/>.</summary>
    BusinessSale,

    /// <summary><c>investor-call</c>: see <see cref="ConversationSetting.InvestorCall"/>.</summary>
    InvestorCall,

    /// <summary><c>follow-up</c>: see <see cref="ConversationSetting.FollowUp"/>.</summary>
    FollowUp,

    /// <summary><c>goods-split</c>: see <see cref="ConversationSetting.GoodsSplit"/>.</summary>
    GoodsSplit,

    /// <summary><c>bargain</c>: see <see cref="ConversationSetting.Bargain"/>.</summary>
    Bargain,
}

/// <summary>Names of the <see cref="ConversationSettingKind"/> values as rules write them.</summary>
public static class ConversationSettings
{
    private static readonly string[] Names = ["business-sale", "investor-call", "follow-up", "goods-split", "bargain"];

    /// <summary>Every setting name, in <see cref="ConversationSettingKind"/> order.</summary>
    public static IReadOnlyList<string> All => Names;

    /// <summary>Reads a setting name (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="setting">The setting.</param>
    /// <returns>Whether the name is a setting.</returns>
    public static bool TryParse(string? name, out ConversationSettingKind setting)
    {
        var at = Array.FindIndex(Names, n => string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase));
        setting = (ConversationSettingKind)Math.Max(at, 0);
        return at >= 0;
    }
}
