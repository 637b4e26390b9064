// A day of readers at a fixed rate (an open load: requests leave on a timetable whatever the server's
// speed, and each one's latency counts from when it should have left, so a stall is not hidden):
//   85 % articles, drawn from the archive newest-first by a Zipf law (most readers on recent articles, a long
//        tail on old ones); 10 % category pages (mostly the first, some deep); 5 % searches of two words
//        taken from the archive's titles, so they seldom repeat;
//   a third of article and category requests arrive from Facebook or Zalo with a click id of their own;
//   every request a new reader (a new User-Agent, no cookie): each one is a counted visit;
//   an editor publishes an article 10 s in and every 30 s after, which evicts the page cache.
// A warm-up at the same rate comes first in the same process, not counted: a load generator started afresh
// (its own compilation, its connections) delays its first seconds of requests by itself.
// Prints throughput, latency percentiles by kind, the share served from the page cache (its Age header),
// failures, the publications, and p99 by 5 s of the run.
//   dotnet run bench/day-load.cs -- base warm-up-seconds seconds rate articles.txt categories.txt words.txt email password categoryId
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

var baseAddress = new Uri(args[0]);
var warmUp = TimeSpan.FromSeconds(int.Parse(args[1], CultureInfo.InvariantCulture));
var seconds = int.Parse(args[2], CultureInfo.InvariantCulture);
var rate = int.Parse(args[3], CultureInfo.InvariantCulture);
var articles = File.ReadAllLines(args[4]);
// "/slug pages": a category page and how many pages of 12 it has (a top-level one gathers its subcategories').
var categories = File.ReadAllLines(args[5]).Select(line => line.Split(' ')).Select(parts => (Path: parts[0], Pages: int.Parse(parts[1], CultureInfo.InvariantCulture))).ToArray();
var words = File.ReadAllLines(args[6]).SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length > 2).Distinct().ToArray();
var (email, password, categoryId) = (args[7], args[8], args[9]);

var zipf = ZipfTable(articles.Length, exponent: 1.0);
// Unseeded: a run must not replay an earlier run's requests, which it left in the page cache.
var random = new Random();
var results = new List<(string Kind, double Milliseconds, bool FromCache, bool Failed, double DueSecond)>();
var failures = new Dictionary<string, int>();
var gate = new Lock();
var publications = new List<(double At, double Milliseconds, bool Saved)>();

using var sockets = new SocketsHttpHandler { MaxConnectionsPerServer = 2000, UseCookies = false, AllowAutoRedirect = false, UseProxy = false };
using var readers = new HttpClient(sockets, disposeHandler: false) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

var clock = Stopwatch.StartNew();
var end = warmUp + TimeSpan.FromSeconds(seconds);
using var stop = new CancellationTokenSource(end);
var editor = PublishEvery30SecondsAsync(stop.Token);
var inFlight = new List<Task>();
for (long i = 0; ; i++)
{
    var due = TimeSpan.FromSeconds((double)i / rate);
    if (due >= end)
    {
        break;
    }
    var wait = due - clock.Elapsed;
    if (wait > TimeSpan.FromMilliseconds(1))
    {
        await Task.Delay(wait);
    }
    var (kind, path) = NextRequest();
    inFlight.Add(ReadAsync(kind, path, due));
}
await Task.WhenAll(inFlight);
await editor;

var measured = results.Where(r => r.DueSecond >= 0).ToList();
Console.WriteLine($"requests={measured.Count} in {seconds} s: {measured.Count / (double)seconds:F0} req/s asked, failed {measured.Count(r => r.Failed)}"
    + string.Concat(failures.OrderByDescending(f => f.Value).Take(5).Select(f => $"; {f.Value} × {f.Key}")));
Console.WriteLine($"served from the page cache: {100.0 * measured.Count(r => r.FromCache) / measured.Count:F1} %");
Report("all", measured);
foreach (var kind in new[] { "article", "article+click-id", "category", "category+click-id", "search" })
{
    Report(kind, measured.Where(r => r.Kind == kind).ToList());
}
Console.WriteLine($"publications: {publications.Count(p => p.Saved)} of {publications.Count} saved, "
    + $"each in {string.Join(", ", publications.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Milliseconds:F0} ms (at {p.At:F0} s)")))}");
// When the slow requests were due, against when the editor published: each publication empties the page cache.
Console.WriteLine("p99 and share from the cache by 5 s of the run: " + string.Join(", ", measured
    .GroupBy(r => (int)(r.DueSecond / 5))
    .OrderBy(window => window.Key)
    .Select(window =>
    {
        var sorted = window.Select(r => r.Milliseconds).Order().ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $"{window.Key * 5}s {sorted[Math.Min(sorted.Length - 1, (int)(0.99 * sorted.Length))]:F0} ms {100.0 * window.Count(r => r.FromCache) / sorted.Length:F0}%");
    })));
return measured.Any(r => r.Failed) || publications.Any(p => !p.Saved) ? 1 : 0;

(string Kind, string Path) NextRequest()
{
    lock (gate)
    {
        var draw = random.NextDouble();
        var clickId = random.Next(3) == 0;
        if (draw < 0.05)
        {
            return ("search", $"/tim-kiem?q={Uri.EscapeDataString(words[random.Next(words.Length)] + " " + words[random.Next(words.Length)])}");
        }
        string kind, path;
        if (draw < 0.15)
        {
            var category = categories[random.Next(categories.Length)];
            var page = random.Next(5) == 0 ? random.Next(1, category.Pages + 1) : 1;
            (kind, path) = ("category", category.Path + (page > 1 ? $"?trang={page}" : ""));
        }
        else
        {
            var rank = Array.BinarySearch(zipf, random.NextDouble());
            (kind, path) = ("article", articles[Math.Min(rank < 0 ? ~rank : rank, articles.Length - 1)]);
        }
        if (!clickId)
        {
            return (kind, path);
        }
        var separator = path.Contains('?') ? '&' : '?';
        var click = random.Next(2) == 0
            ? $"fbclid=IwAR{random.NextInt64():x}{random.NextInt64():x}"
            : $"zarsrc=30&utm_source=zalo&utm_medium=zalo&utm_campaign=zalo&gidzl={random.NextInt64():x}";
        return (kind + "+click-id", path + separator + click);
    }
}

async Task ReadAsync(string kind, string path, TimeSpan due)
{
    using var request = new HttpRequestMessage(HttpMethod.Get, path);
    request.Headers.TryAddWithoutValidation("User-Agent", $"Mozilla/5.0 (Linux; Android 13) Chrome/120.0 Mobile Safari/537.36 reader/{Guid.NewGuid():N}");
    request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, br");
    bool fromCache = false, failed;
    try
    {
        using var response = await readers.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        failed = response.StatusCode != HttpStatusCode.OK;
        fromCache = response.Headers.Age is not null;
        if (failed)
        {
            Note($"{(int)response.StatusCode} {path.Split('?')[0]}");
        }
    }
    catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
    {
        failed = true;
        Note(exception.GetType().Name);
    }
    var milliseconds = (clock.Elapsed - due).TotalMilliseconds;
    lock (gate)
    {
        results.Add((kind, milliseconds, fromCache, failed, (due - warmUp).TotalSeconds));
    }
}

void Note(string failure)
{
    lock (gate)
    {
        failures[failure] = failures.GetValueOrDefault(failure) + 1;
    }
}

async Task PublishEvery30SecondsAsync(CancellationToken cancellationToken)
{
    using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseProxy = false };
    using var client = new HttpClient(handler) { BaseAddress = baseAddress };
    using (var signIn = await PostFormAsync(client, "/admin/dang-nhap", new() { ["Form.Email"] = email, ["Form.Password"] = password }))
    {
        if (signIn.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The editor could not sign in: {signIn.StatusCode}");
        }
    }
    for (var n = 1; ; n++)
    {
        try
        {
            // The first 10 s into the counted run, then every 30 s.
            var wait = n == 1 ? warmUp + TimeSpan.FromSeconds(10) - clock.Elapsed : TimeSpan.FromSeconds(30);
            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, cancellationToken);
        }
        catch (TaskCanceledException)
        {
            return;
        }
        var started = clock.Elapsed;
        using var published = await PostFormAsync(client, "/admin/bai-viet/moi?handler=Publish", new()
        {
            ["Form.Title"] = $"Tin nóng số {n} trong ngày: hội nghị tổng kết công tác tuyên giáo",
            ["Form.Sapo"] = "Bài đăng giữa giờ đọc đông nhất, như một biên tập viên vẫn làm.",
            ["Form.BodyMarkdown"] = "Nội dung bài viết được đăng trong lúc bạn đọc đang xem trang.",
            ["Form.CategoryId"] = categoryId,
            ["Form.Version"] = "0",
        }, formPage: "/admin/bai-viet/moi");
        lock (gate)
        {
            publications.Add(((started - warmUp).TotalSeconds, (clock.Elapsed - started).TotalMilliseconds, published.StatusCode == HttpStatusCode.Redirect));
        }
    }
}

static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
{
    var page = await client.GetStringAsync(formPage ?? url);
    fields["__RequestVerificationToken"] = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
    return await client.PostAsync(url, new FormUrlEncodedContent(fields));
}

void Report(string name, List<(string Kind, double Milliseconds, bool FromCache, bool Failed, double DueSecond)> rows)
{
    if (rows.Count == 0)
    {
        return;
    }
    var sorted = rows.Select(r => r.Milliseconds).Order().ToArray();
    double At(double share) => sorted[Math.Min(sorted.Length - 1, (int)(share * sorted.Length))];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-18} {rows.Count,7} requests, {100.0 * rows.Count(r => r.FromCache) / rows.Count,5:F1} % cached: p50 {At(0.50):F1} ms, p95 {At(0.95):F1} ms, p99 {At(0.99):F1} ms, max {sorted[^1]:F0} ms"));
}

// The cumulative share of readers by rank for a Zipf law: rank 1 the newest article.
static double[] ZipfTable(int count, double exponent)
{
    var table = new double[count];
    var sum = 0.0;
    for (var rank = 1; rank <= count; rank++)
    {
        sum += 1 / Math.Pow(rank, exponent);
        table[rank - 1] = sum;
    }
    for (var i = 0; i < count; i++)
    {
        table[i] /= sum;
    }
    return table;
}
