// The contest's load, each attempt a new person who registers, starts, answers and submits as a browser
// does (cookies, redirects, the pages' forms), in one of two shapes:
//   paced:    new participants arrive at a steady rate, whatever the server's speed (an open load, as a
//             contest's public is), and each spends a moment on the questions before submitting; how many
//             are at once follows from that, and the submit's latency is the server's at that rate.
//   flat-out: a fixed number of participants, each starting again the moment the last attempt ends, with
//             no time on the questions: the most attempts per second the server completes.
// Prints the completed attempts per second, the participants at once, the submit's latency percentiles,
// and the count it expects the database to hold.
//   dotnet run bench/quiz-load.cs -- http://127.0.0.1:5099 /cuoc-thi/slug unitId seconds paced 300 1 3
//   dotnet run bench/quiz-load.cs -- http://127.0.0.1:5099 /cuoc-thi/slug unitId seconds flat-out 100
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

var baseAddress = new Uri(args[0]);
var contest = args[1];
var unitId = args[2];
var seconds = int.Parse(args[3], CultureInfo.InvariantCulture);
var paced = args[4] == "paced";
var size = int.Parse(args[5], CultureInfo.InvariantCulture);
var answerFrom = paced ? double.Parse(args[6], CultureInfo.InvariantCulture) : 0;
var answerTo = paced ? double.Parse(args[7], CultureInfo.InvariantCulture) : 0;

var questions = new Regex("name=\"(cau\\d+)\"", RegexOptions.Compiled);
var submitTimes = new List<double>();
var completedAt = new List<double>();
var completed = 0;
var failed = 0;
// Each run's phone numbers in a block of their own (the runs of one benchmark start seconds apart), so every
// attempt is a new person's and none meets the per-round allowance.
var next = (int)(DateTimeOffset.UtcNow.ToUnixTimeSeconds() % 900) * 100_000;
var atOnce = 0;
var mostAtOnce = 0;
var gate = new Lock();
var clock = Stopwatch.StartNew();
var end = TimeSpan.FromSeconds(seconds);

using var sockets = new SocketsHttpHandler { MaxConnectionsPerServer = 4000, UseCookies = false, AllowAutoRedirect = false, UseProxy = false };

// One person's attempt: the entry page, registration and start, the sheet, a moment on it, the submission.
async Task AttemptAsync()
{
    var person = Interlocked.Increment(ref next);
    var now = Interlocked.Increment(ref atOnce);
    lock (gate)
    {
        mostAtOnce = Math.Max(mostAtOnce, now);
    }
    using var client = new HttpClient(new CookieHandler(new CookieContainer(), sockets), disposeHandler: false) { BaseAddress = baseAddress };
    try
    {
        await client.GetStringAsync($"{contest}/vao-thi");
        using var started = await client.PostAsync($"{contest}/vao-thi", new FormUrlEncodedContent(new Dictionary<string, string>
        {
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
        var form = new Dictionary<string, string> { ["Prediction"] = "100" };
        foreach (var name in questions.Matches(sheet).Select(m => m.Groups[1].Value).Distinct())
        {
            form[name] = Random.Shared.Next(4).ToString(CultureInfo.InvariantCulture);
        }
        if (answerTo > 0)
        {
            await Task.Delay(TimeSpan.FromSeconds(answerFrom + Random.Shared.NextDouble() * (answerTo - answerFrom)));
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
            completedAt.Add(clock.Elapsed.TotalSeconds);
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
    finally
    {
        Interlocked.Decrement(ref atOnce);
    }
}

var running = new List<Task>();
if (paced)
{
    // Arrivals on a fixed timetable: participant i arrives at i / rate seconds, late or not.
    for (var i = 0; clock.Elapsed < end; i++)
    {
        var due = TimeSpan.FromSeconds(i / (double)size);
        if (due > clock.Elapsed)
        {
            await Task.Delay(due - clock.Elapsed);
        }
        running.Add(Task.Run(AttemptAsync));
    }
}
else
{
    running.AddRange(Enumerable.Range(0, size).Select(_ => Task.Run(async () =>
    {
        while (clock.Elapsed < end)
        {
            await AttemptAsync();
        }
    })));
}
await Task.WhenAll(running);
var elapsed = clock.Elapsed.TotalSeconds;
// Sustained: completions per second once the first arrivals have had time to finish, until arrivals stop.
var steadyFrom = paced ? answerTo + 1 : 0;
var sustained = completedAt.Count(t => t >= steadyFrom && t <= seconds) / (seconds - steadyFrom);
submitTimes.Sort();
double Percentile(double p) => submitTimes.Count == 0 ? 0 : submitTimes[Math.Min(submitTimes.Count - 1, (int)(p * submitTimes.Count))];
Console.WriteLine(paced
    ? string.Create(CultureInfo.InvariantCulture, $"{size} new participants a second for {seconds} s, {answerFrom:0.#}–{answerTo:0.#} s on the questions; at once: up to {mostAtOnce}")
    : string.Create(CultureInfo.InvariantCulture, $"{size} participants at once, no time on the questions, {seconds} s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{completed} attempts completed in {elapsed:0.0} s, {failed} failed; sustained {sustained:0.0} completed attempts/s (from {steadyFrom:0} s to {seconds} s)"));
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
