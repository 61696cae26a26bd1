using Microsoft.AspNetCore.Http.Json;
using SalesLint;
using SalesLint.Diagnostics;
using SalesLint.Engine;
using SalesLint.Hosting;
using SalesLint.Output;

// SalesLint as a webhook: POST a transcript, get each call's score and findings back as JSON.
//   POST /webhooks/deepgram     a Deepgram response (the body of Deepgram's callback, diarize=true)
//   POST /webhooks/assemblyai   an AssemblyAI transcript (GET /v2/transcript/{id}; AssemblyAI's webhook only sends the id)
//   POST /calls?format=NAME     any format SalesLint reads (canonical JSON by default; detected from the content otherwise)
// ?seller=LABEL names the seller of a call whose transcript does not say (speech-to-text output); SalesLint:Sellers in the
// configuration (appsettings, environment SalesLint__Sellers__0=0, command line) names it for every call.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSalesLint();
builder.Services.Configure<SalesLintOptions>(builder.Configuration.GetSection("SalesLint"));
builder.Services.Configure<JsonOptions>(o =>
{
    foreach (var converter in SalesLintJson.Options.Converters)
    {
        o.SerializerOptions.Converters.Add(converter);
    }
});
builder.Services.AddProblemDetails();

var app = builder.Build();

app.MapPost("/webhooks/deepgram", (HttpRequest request, SalesLintService saleslint, CancellationToken cancel) =>
    Analyze(request, saleslint, "deepgram", cancel));
app.MapPost("/webhooks/assemblyai", (HttpRequest request, SalesLintService saleslint, CancellationToken cancel) =>
    Analyze(request, saleslint, "assemblyai", cancel));
app.MapPost("/calls", (HttpRequest request, SalesLintService saleslint, CancellationToken cancel) =>
    Analyze(request, saleslint, request.Query["format"].FirstOrDefault(), cancel));

app.Run();

// The request body is read asynchronously; the analysis (milliseconds of CPU) runs on this request's thread.
static async Task<IResult> Analyze(HttpRequest request, SalesLintService saleslint, string? format, CancellationToken cancel)
{
    var options = saleslint.ReaderOptions;
    if (request.Query["seller"] is { Count: > 0 } sellers)
    {
        options = options with { Sellers = [.. options.Sellers, .. sellers.OfType<string>()] };
    }

    var name = request.Query["id"].FirstOrDefault() ?? "call";
    try
    {
        var results = await saleslint.Engine.AnalyzeAsync(request.Body, name, options, format ?? (request.Path == "/calls" ? "json" : null), cancel);
        return Results.Ok(new WebhookResponse([.. results.Select(CallReport.From)]));
    }
    catch (TranscriptFormatException ex)
    {
        // The reader's message names the place in the body: the caller can fix the payload.
        return Results.Problem(ex.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The transcript cannot be read");
    }
    catch (ArgumentException ex)
    {
        return Results.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
    }
}

/// <summary>The response: one report per call in the body.</summary>
/// <param name="Calls">The calls.</param>
internal sealed record WebhookResponse(IReadOnlyList<CallReport> Calls);

/// <summary>One call: its score and the findings a CRM shows.</summary>
/// <param name="Id">The call id.</param>
/// <param name="Score">The score, 0 to 100.</param>
/// <param name="Categories">The subscores by category.</param>
/// <param name="Findings">The findings, in call order.</param>
internal sealed record CallReport(string Id, double Score, IReadOnlyDictionary<string, double> Categories, IReadOnlyList<Finding> Findings)
{
    public static CallReport From(AnalysisResult result) => new(
        result.ConversationId,
        result.Score.Overall,
        result.Score.Categories.ToDictionary(c => c.Id, c => c.Score),
        [.. result.Diagnostics.Select(d => new Finding(d.RuleId, d.Severity, d.Message, d.Location.Turn, d.Location.StartSeconds))]);
}

/// <summary>A finding.</summary>
/// <param name="Rule">The rule ID (SLnnnn).</param>
/// <param name="Severity">Its severity.</param>
/// <param name="Message">What it says.</param>
/// <param name="Turn">The 0-based turn, for findings on one turn.</param>
/// <param name="At">Seconds from the start of the call, when the transcript has times.</param>
internal sealed record Finding(string Rule, DiagnosticSeverity Severity, string Message, int? Turn, double? At);
