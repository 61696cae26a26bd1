using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SalesLint.Tests.Cli.Reports;

/// <summary>
/// Debian's Chromium, headless, driven over the Chrome DevTools Protocol (a WebSocket on the loopback interface) so a test
/// can look at a page as a person would: load it, read the DOM, move and click the mouse, collect console errors and
/// exceptions, see every network request, and take screenshots. No Node packages and no downloaded browsers.
/// </summary>
internal sealed partial class HeadlessChromium : IAsyncDisposable
{
    /// <summary>Where Debian's <c>chromium</c> package installs the browser.</summary>
    public const string DebianPath = "/usr/bin/chromium";

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);
    private static readonly Lazy<(string? Path, string Reason)> Installed = new(LocateOrInstall);

    private readonly Process process;
    private readonly string profile;
    private readonly ClientWebSocket socket = new();
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> pending = new();
    private readonly List<(string Method, JsonElement Params)> events = [];
    private readonly CancellationTokenSource stop = new();
    private Task receiveLoop = Task.CompletedTask;
    private int nextId;

    private HeadlessChromium(Process process, string profile)
    {
        this.process = process;
        this.profile = profile;
    }

    /// <summary>The browser's path, installing Debian's package with apt-get when it is missing (once per test run).</summary>
    /// <returns>The path, or <see langword="null"/> with the reason it is not available.</returns>
    public static (string? Path, string Reason) Locate() => Installed.Value;

    /// <summary>Starts the browser on <c>about:blank</c> and attaches to its page.</summary>
    /// <param name="executable">The browser (from <see cref="Locate"/>).</param>
    /// <param name="width">Window width in CSS pixels.</param>
    /// <param name="height">Window height in CSS pixels.</param>
    /// <returns>The running browser with Runtime, Page, Log and Network events enabled.</returns>
    public static async Task<HeadlessChromium> StartAsync(string executable, int width = 1440, int height = 1000)
    {
        var profile = Path.Combine(Path.GetTempPath(), "saleslint-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps", "--mute-audio",
            "--hide-scrollbars", $"--user-data-dir={profile}", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
            $"--window-size={width},{height}", "about:blank",
        })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {executable}");
        var browser = new HeadlessChromium(process, profile);
        try
        {
            var endpoint = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
            var log = new StringBuilder();
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is null)
                {
                    return;
                }

                lock (log)
                {
                    log.AppendLine(e.Data);
                }

                if (DevToolsLine().Match(e.Data) is { Success: true } match)
                {
                    endpoint.TrySetResult(new Uri(match.Groups[1].Value));
                }
            };
            process.OutputDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
            Uri browserSocket;
            try
            {
                browserSocket = await endpoint.Task.WaitAsync(DefaultTimeout).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                lock (log)
                {
                    throw new InvalidOperationException($"chromium did not open its DevTools port within {DefaultTimeout.TotalSeconds}s:\n{log}");
                }
            }

            // The page target of about:blank: its WebSocket is listed on the same loopback port.
            using var http = new HttpClient { Timeout = DefaultTimeout };
            var list = await http.GetStringAsync(new Uri($"http://127.0.0.1:{browserSocket.Port}/json/list")).ConfigureAwait(false);
            using var targets = JsonDocument.Parse(list);
            var page = targets.RootElement.EnumerateArray().First(t => t.GetProperty("type").GetString() == "page");
            await browser.socket.ConnectAsync(new Uri(page.GetProperty("webSocketDebuggerUrl").GetString()!), CancellationToken.None).ConfigureAwait(false);
            browser.receiveLoop = Task.Run(browser.ReceiveAsync);
            foreach (var domain in new[] { "Runtime.enable", "Page.enable", "Log.enable", "Network.enable" })
            {
                await browser.SendAsync(domain).ConfigureAwait(false);
            }

            return browser;
        }
        catch
        {
            await browser.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The number of events received so far (pass it to <see cref="WaitForEventAsync"/> to wait for a later one).</summary>
    public int EventCount
    {
        get
        {
            lock (events)
            {
                return events.Count;
            }
        }
    }

    /// <summary>Sends a DevTools command and waits for its result.</summary>
    /// <param name="method">For example <c>Page.navigate</c>.</param>
    /// <param name="parameters">The command's parameters.</param>
    /// <returns>The <c>result</c> object.</returns>
    public async Task<JsonElement> SendAsync(string method, object? parameters = null)
    {
        var id = Interlocked.Increment(ref nextId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = reply;
        var message = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters ?? new { } });
        await sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            sendLock.Release();
        }

        try
        {
            return await reply.Task.WaitAsync(DefaultTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"no answer to {method} within {DefaultTimeout.TotalSeconds}s");
        }
    }

    /// <summary>Waits for an event received after a given count.</summary>
    /// <param name="method">For example <c>Page.loadEventFired</c>.</param>
    /// <param name="after">Only events after this many (from <see cref="EventCount"/>).</param>
    /// <returns>The event's parameters.</returns>
    public async Task<JsonElement> WaitForEventAsync(string method, int after)
    {
        var deadline = DateTime.UtcNow + DefaultTimeout;
        while (DateTime.UtcNow < deadline)
        {
            lock (events)
            {
                for (var i = after; i < events.Count; i++)
                {
                    if (events[i].Method == method)
                    {
                        return events[i].Params;
                    }
                }
            }

            await Task.Delay(25).ConfigureAwait(false);
        }

        throw new TimeoutException($"no {method} event within {DefaultTimeout.TotalSeconds}s");
    }

    /// <summary>Opens a URL and waits until the page has loaded.</summary>
    /// <param name="url">The URL (a <c>file://</c> page here).</param>
    /// <returns>A task.</returns>
    public async Task NavigateAsync(Uri url)
    {
        var mark = EventCount;
        var result = await SendAsync("Page.navigate", new { url = url.AbsoluteUri }).ConfigureAwait(false);
        if (result.TryGetProperty("errorText", out var error))
        {
            throw new InvalidOperationException($"navigation to {url} failed: {error.GetString()}");
        }

        await WaitForEventAsync("Page.loadEventFired", mark).ConfigureAwait(false);
    }

    /// <summary>Evaluates a JavaScript expression in the page and returns its value.</summary>
    /// <param name="expression">The expression.</param>
    /// <returns>The value (serialized by the browser).</returns>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new { expression, returnByValue = true, awaitPromise = true }).ConfigureAwait(false);
        if (result.TryGetProperty("exceptionDetails", out var details))
        {
            throw new InvalidOperationException($"page script failed: {details}");
        }

        return result.GetProperty("result").TryGetProperty("value", out var value) ? value : default;
    }

    /// <summary>Scrolls an element into view and moves the mouse to the centre of its first box (the first line of wrapped text), as a hover.</summary>
    /// <param name="selector">A CSS selector.</param>
    /// <returns>The point in viewport coordinates.</returns>
    public async Task<(double X, double Y)> HoverAsync(string selector)
    {
        var point = await EvaluateAsync(
            "(() => { const el = document.querySelector(" + JsonSerializer.Serialize(selector) + "); if (!el) { throw new Error('no element ' + "
            + JsonSerializer.Serialize(selector) + "); } el.scrollIntoView({ block: 'center', inline: 'center' }); const r = el.getClientRects()[0] || el.getBoundingClientRect();"
            + " return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()").ConfigureAwait(false);
        var x = point.GetProperty("x").GetDouble();
        var y = point.GetProperty("y").GetDouble();
        await MoveMouseAsync(x, y).ConfigureAwait(false);
        return (x, y);
    }

    /// <summary>Moves the mouse.</summary>
    /// <param name="x">Viewport x.</param>
    /// <param name="y">Viewport y.</param>
    /// <returns>A task.</returns>
    public Task MoveMouseAsync(double x, double y) => SendAsync("Input.dispatchMouseEvent", new { type = "mouseMoved", x, y });

    /// <summary>Clicks an element's centre with the left button, as a mouse would (move, press, release).</summary>
    /// <param name="selector">A CSS selector.</param>
    /// <returns>A task.</returns>
    public async Task ClickAsync(string selector)
    {
        var (x, y) = await HoverAsync(selector).ConfigureAwait(false);
        await SendAsync("Input.dispatchMouseEvent", new { type = "mousePressed", x, y, button = "left", buttons = 1, clickCount = 1 }).ConfigureAwait(false);
        await SendAsync("Input.dispatchMouseEvent", new { type = "mouseReleased", x, y, button = "left", buttons = 0, clickCount = 1 }).ConfigureAwait(false);
    }

    /// <summary>Takes a PNG screenshot of the whole page (beyond the viewport) and writes it to a file.</summary>
    /// <param name="path">The PNG file.</param>
    /// <returns>A task.</returns>
    public async Task ScreenshotAsync(string path)
    {
        var metrics = await SendAsync("Page.getLayoutMetrics").ConfigureAwait(false);
        var size = metrics.GetProperty("cssContentSize");
        var width = Math.Ceiling(size.GetProperty("width").GetDouble());
        var height = Math.Min(6000, Math.Ceiling(size.GetProperty("height").GetDouble()));
        var shot = await SendAsync("Page.captureScreenshot", new
        {
            format = "png",
            captureBeyondViewport = true,
            clip = new { x = 0, y = 0, width, height, scale = 1 },
        }).ConfigureAwait(false);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot.GetProperty("data").GetString()!)).ConfigureAwait(false);
    }

    /// <summary>Takes a PNG screenshot of what the window shows (the viewport only, as a user sees it) and writes it to a file.</summary>
    /// <param name="path">The PNG file.</param>
    /// <returns>A task.</returns>
    public async Task ScreenshotViewportAsync(string path)
    {
        var shot = await SendAsync("Page.captureScreenshot", new { format = "png" }).ConfigureAwait(false);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot.GetProperty("data").GetString()!)).ConfigureAwait(false);
    }

    /// <summary>Console errors, uncaught exceptions and error-level log entries (failed loads, CSP violations) seen so far.</summary>
    /// <returns>One line per problem.</returns>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        lock (events)
        {
            foreach (var (method, p) in events)
            {
                switch (method)
                {
                    case "Runtime.consoleAPICalled" when p.GetProperty("type").GetString() is "error" or "assert":
                        problems.Add("console." + p.GetProperty("type").GetString() + ": " + string.Join(" ", p.GetProperty("args").EnumerateArray().Select(a => a.TryGetProperty("value", out var v) ? v.ToString() : a.ToString())));
                        break;
                    case "Runtime.exceptionThrown":
                        problems.Add("exception: " + p.GetProperty("exceptionDetails"));
                        break;
                    case "Log.entryAdded" when p.GetProperty("entry").GetProperty("level").GetString() == "error":
                        problems.Add("log: " + p.GetProperty("entry").GetProperty("text").GetString() + " " + (p.GetProperty("entry").TryGetProperty("url", out var url) ? url.GetString() : string.Empty));
                        break;
                    case "Page.javascriptDialogOpening":
                        problems.Add("dialog: " + p.GetProperty("message").GetString());
                        break;
                }
            }
        }

        return problems;
    }

    /// <summary>The URL of every request a page made.</summary>
    /// <returns>The URLs in order.</returns>
    public IReadOnlyList<string> RequestedUrls()
    {
        lock (events)
        {
            return [.. events.Where(e => e.Method == "Network.requestWillBeSent").Select(e => e.Params.GetProperty("request").GetProperty("url").GetString()!)];
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The browser is being stopped anyway.
        }

        socket.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }

        process.Dispose();
        try
        {
            await receiveLoop.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Closing the socket ends the loop.
        }

        for (var attempt = 0; attempt < 5 && Directory.Exists(profile); attempt++)
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                await Task.Delay(200).ConfigureAwait(false);
            }
        }

        stop.Dispose();
        sendLock.Dispose();
    }

    private static (string? Path, string Reason) LocateOrInstall()
    {
        if (Find() is { } found)
        {
            return (found, "found");
        }

        if (!File.Exists("/usr/bin/apt-get"))
        {
            return (null, "chromium is not installed and there is no apt-get to install Debian's chromium package");
        }

        var log = new StringBuilder();
        var ok = Run("apt-get", ["update", "-q"], log) && Run("apt-get", ["install", "-y", "-q", "chromium"], log);
        if (Find() is { } installed)
        {
            return (installed, "installed with apt-get");
        }

        var tail = string.Join('\n', log.ToString().Split('\n').TakeLast(8));
        var what = ok ? $"ran but did not provide {DebianPath}" : "failed (installing needs root and Debian's package archive)";
        return (null, $"chromium is not installed and 'apt-get install chromium' {what}:\n{tail}");
    }

    private static string? Find()
    {
        if (File.Exists(DebianPath))
        {
            return DebianPath;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(':', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { Path.Combine(dir, "chromium"), Path.Combine(dir, "chromium-browser") })
            .FirstOrDefault(File.Exists);
    }

    private static bool Run(string command, string[] arguments, StringBuilder log)
    {
        var info = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(info)!;
            process.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
            process.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
            {
                process.Kill(entireProcessTree: true);
                log.AppendLine(command + " timed out");
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            log.AppendLine(command + ": " + ex.Message);
            return false;
        }
    }

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex DevToolsLine();

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (!stop.IsCancellationRequested && socket.State == WebSocketState.Open)
        {
            WebSocketReceiveResult received;
            try
            {
                received = await socket.ReceiveAsync(buffer, stop.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                break;
            }

            if (received.MessageType == WebSocketMessageType.Close)
            {
                break;
            }

            message.Write(buffer, 0, received.Count);
            if (!received.EndOfMessage)
            {
                continue;
            }

            using (var document = JsonDocument.Parse(message.ToArray()))
            {
                var root = document.RootElement;
                if (root.TryGetProperty("id", out var id) && pending.TryRemove(id.GetInt32(), out var reply))
                {
                    if (root.TryGetProperty("error", out var error))
                    {
                        reply.TrySetException(new InvalidOperationException("DevTools error: " + error));
                    }
                    else
                    {
                        reply.TrySetResult(root.GetProperty("result").Clone());
                    }
                }
                else if (root.TryGetProperty("method", out var method))
                {
                    var parameters = root.TryGetProperty("params", out var p) ? p.Clone() : default;
                    lock (events)
                    {
                        events.Add((method.GetString()!, parameters));
                    }
                }
            }

            message.SetLength(0);
        }

        foreach (var reply in pending.Values)
        {
            reply.TrySetException(new WebSocketException("the DevTools connection closed"));
        }
    }
}
