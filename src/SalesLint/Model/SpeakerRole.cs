namespace SalesLint.Model;

/// <summary>The side a participant speaks for.</summary>
public enum SpeakerRole
{
    /// <summary>Neither seller nor buyer (a moderator, a note taker, an automated voice).</summary>
    Other = 0,

    /// <summary>The rep: the person selling.</summary>
    Seller = 1,

    /// <summary>Any customer-side speaker.</summary>
    Buyer = 2,
}
