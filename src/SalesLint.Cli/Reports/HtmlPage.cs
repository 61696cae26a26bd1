using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace SalesLint.Cli.Reports;

/// <summary>
/// The frame of every report page: inline CSS and JavaScript (no external resources), and a Content-Security-Policy that
/// forbids loading anything and runs only the page's own nonce-tagged style and script, so text that slipped through
/// escaping still could not run.
/// </summary>
internal static class HtmlPage
{
    private static readonly Lazy<string> Css = new(() => ReadAsset("report.css"));
    private static readonly Lazy<string> Script = new(() => ReadAsset("report.js"));

    /// <summary>A fresh random nonce for one page.</summary>
    /// <returns>A base64 string of 16 random bytes.</returns>
    public static string NewNonce() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));

    /// <summary>Wraps a page body in the document frame.</summary>
    /// <param name="title">The page title (escaped here).</param>
    /// <param name="body">The body markup, already escaped.</param>
    /// <param name="nonce">The page's nonce (from <see cref="NewNonce"/>).</param>
    /// <returns>The whole document.</returns>
    public static string Render(string title, string body, string nonce)
    {
        var builder = new StringBuilder(body.Length + Css.Value.Length + Script.Value.Length + 1024);
        builder.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        builder.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        builder.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'nonce-").Append(nonce)
            .Append("'; script-src 'nonce-").Append(nonce).Append("'; img-src data:; base-uri 'none'; form-action 'none'\">\n");
        builder.Append("<meta name=\"generator\" content=\"SalesLint\">\n");
        builder.Append("<link rel=\"icon\" href=\"data:,\">\n");
        builder.Append("<title>").Append(ReportText.Html(title)).Append("</title>\n");
        builder.Append("<style nonce=\"").Append(nonce).Append("\">\n").Append(Css.Value).Append("</style>\n</head>\n<body>\n");
        builder.Append(body);
        builder.Append("<script nonce=\"").Append(nonce).Append("\">\n").Append(Script.Value).Append("</script>\n</body>\n</html>\n");
        return builder.ToString();
    }

    private static string ReadAsset(string name)
    {
        var resource = "SalesLint.Cli.Reports.Assets." + name;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource '{resource}' is missing from the build");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
