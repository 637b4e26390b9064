// The contest's load: N participants at once, each attempt a new person who registers, starts, answers
// and submits, as a browser does (cookies, antiforgery tokens, redirects), for a fixed time. Prints the
// completed attempts per second, the submit's latency percentiles, and the count it expects the database to hold.
//   dotnet run bench/quiz-load.cs -- http://127.0.0.1:5099 /cuoc-thi/slug 300 60 unitId
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

var baseAddress = new Uri(args[0]);
var contest = args[1];
var participants = int.Parse(args[2], CultureInfo.InvariantCulture);
var seconds = int.Parse(args[3], CultureInfo.InvariantCulture);
var unitId = args[4];

var token = new Regex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"", RegexOptions.Compiled);
var questions = new Regex("name=\"(cau\\d+)\"", RegexOptions.Compiled);
var submitTimes = new List<double>();
var completed = 0;
var failed = 0;
var next = 0;
var gate = new Lock();
var stopAt = Stopwatch.StartNew();
var end = TimeSpan.FromSeconds(seconds);

// One connection pool for all: as many sockets as participants, no proxy, no decompression work.
using var sockets = new SocketsHttpHandler { MaxConnectionsPerServer = participants, UseCookies = false, AllowAutoRedirect = false, UseProxy = false };

async Task OneAsync()
{
    while (stopAt.Elapsed < end)
    {
        var person = Interlocked.Increment(ref next);
        var cookies = new CookieContainer();
        using var client = new HttpClient(new CookieHandler(cookies, sockets), disposeHandler: false) { BaseAddress = baseAddress };
        try
        {
            var entry = await client.GetStringAsync($"{contest}/vao-thi");
            using var started = await client.PostAsync($"{contest}/vao-thi", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token.Match(entry).Groups[1].Value,
                ["Form.Phone"] = $"09{person:D8}",
                ["Form.FullName"] = $"Người dự thi {person}",
                ["Form.BirthYear"] = "1990",
                ["Form.UnitId"] = unitId,
            }));
            if (started.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"start answered {(int)started.StatusCode}");
            }
            var attempt = started.Headers.Location!.OriginalString;
            var sheet = await client.GetStringAsync(attempt);
            var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = token.Match(sheet).Groups[1].Value, ["Prediction"] = "100" };
            foreach (var name in questions.Matches(sheet).Select(m => m.Groups[1].Value).Distinct())
            {
                form[name] = Random.Shared.Next(4).ToString(CultureInfo.InvariantCulture);
            }
            var timer = Stopwatch.StartNew();
            using var submitted = await client.PostAsync(attempt, new FormUrlEncodedContent(form));
            var took = timer.Elapsed.TotalMilliseconds;
            if (submitted.StatusCode != HttpStatusCode.Redirect || !submitted.Headers.Location!.OriginalString.Contains("/ket-qua/", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"submit answered {(int)submitted.StatusCode}");
            }
            lock (gate)
            {
                submitTimes.Add(took);
                completed++;
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            if (Interlocked.Increment(ref failed) <= 5)
            {
                Console.Error.WriteLine(exception.Message);
            }
        }
    }
}

await Task.WhenAll(Enumerable.Range(0, participants).Select(_ => Task.Run(OneAsync)));
var elapsed = stopAt.Elapsed.TotalSeconds;
submitTimes.Sort();
double Percentile(double p) => submitTimes.Count == 0 ? 0 : submitTimes[Math.Min(submitTimes.Count - 1, (int)(p * submitTimes.Count))];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"participants at once: {participants}, {elapsed:0.0} s: {completed} attempts completed ({completed / elapsed:0.0}/s), {failed} failed"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"submit latency: p50 {Percentile(0.5):0.0} ms  p95 {Percentile(0.95):0.0} ms  p99 {Percentile(0.99):0.0} ms  max {(submitTimes.Count == 0 ? 0 : submitTimes[^1]):0.0} ms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"completed={completed}"));

/// <summary>Cookies per participant over one shared pool of connections.</summary>
internal sealed class CookieHandler(CookieContainer cookies, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var address = new Uri(request.RequestUri!.GetLeftPart(UriPartial.Authority));
        var header = cookies.GetCookieHeader(address);
        if (header.Length > 0)
        {
            request.Headers.Add("Cookie", header);
        }
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
        {
            foreach (var cookie in set)
            {
                cookies.SetCookies(address, cookie);
            }
        }
        return response;
    }
}
