// A day of readers at a fixed rate (an open load: requests leave on a timetable whatever the server's
// speed, and each one's latency counts from when it should have left, so a stall is not hidden):
//   85 % articles, drawn from the archive newest-first by a Zipf law (most readers on recent articles, a long
//        tail on old ones); 10 % category pages (mostly the first, some deep); 5 % searches of two words
//        taken from the archive's titles, so they seldom repeat;
//   a third of article and category requests arrive from Facebook or Zalo with a click id of their own;
//   every request a new reader (a new User-Agent, no cookie): each one is a counted visit;
//   an editor publishes an article 10 s in and every 30 s after, which evicts the page cache.
// Prints throughput, latency percentiles by kind, the share served from the page cache (its Age header),
// failures, and the publications.
//   dotnet run bench/day-load.cs -- base seconds rate articles.txt categories.txt words.txt email password categoryId
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

var baseAddress = new Uri(args[0]);
var seconds = int.Parse(args[1], CultureInfo.InvariantCulture);
var rate = int.Parse(args[2], CultureInfo.InvariantCulture);
var articles = File.ReadAllLines(args[3]);
// "/slug pages": a category page and how many pages of 12 it has (a top-level one gathers its subcategories').
var categories = File.ReadAllLines(args[4]).Select(line => line.Split(' ')).Select(parts => (Path: parts[0], Pages: int.Parse(parts[1], CultureInfo.InvariantCulture))).ToArray();
var words = File.ReadAllLines(args[5]).SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length > 2).Distinct().ToArray();
var (email, password, categoryId) = (args[6], args[7], args[8]);

var zipf = ZipfTable(articles.Length, exponent: 1.0);
// Unseeded: a run must not replay the warm-up's requests, which the warm-up left in the page cache.
var random = new Random();
var results = new List<(string Kind, double Milliseconds, bool FromCache, bool Failed)>();
var failures = new Dictionary<string, int>();
var gate = new Lock();
var publications = new List<(double At, double Milliseconds, bool Saved)>();

using var sockets = new SocketsHttpHandler { MaxConnectionsPerServer = 2000, UseCookies = false, AllowAutoRedirect = false, UseProxy = false };
using var readers = new HttpClient(sockets, disposeHandler: false) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

var clock = Stopwatch.StartNew();
using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
var editor = PublishEvery30SecondsAsync(stop.Token);
var inFlight = new List<Task>();
for (long i = 0; ; i++)
{
    var due = TimeSpan.FromSeconds((double)i / rate);
    if (due >= TimeSpan.FromSeconds(seconds))
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

var measured = results.ToList();
Console.WriteLine($"requests={measured.Count} in {seconds} s: {measured.Count / (double)seconds:F0} req/s asked, failed {measured.Count(r => r.Failed)}"
    + string.Concat(failures.OrderByDescending(f => f.Value).Take(5).Select(f => $"; {f.Value} × {f.Key}")));
Console.WriteLine($"served from the page cache: {100.0 * measured.Count(r => r.FromCache) / measured.Count:F1} %");
Report("all", measured);
foreach (var kind in new[] { "article", "article+click-id", "category", "category+click-id", "search" })
{
    Report(kind, measured.Where(r => r.Kind == kind).ToList());
}
Console.WriteLine($"publications: {publications.Count(p => p.Saved)} of {publications.Count} saved, "
    + $"each in {string.Join(", ", publications.Select(p => p.Milliseconds.ToString("F0", CultureInfo.InvariantCulture) + " ms"))}");
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
        results.Add((kind, milliseconds, fromCache, failed));
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
            // The first 10 s in, then every 30 s.
            await Task.Delay(TimeSpan.FromSeconds(n == 1 ? 10 : 30), cancellationToken);
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
            publications.Add((started.TotalSeconds, (clock.Elapsed - started).TotalMilliseconds, published.StatusCode == HttpStatusCode.Redirect));
        }
    }
}

static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
{
    var page = await client.GetStringAsync(formPage ?? url);
    fields["__RequestVerificationToken"] = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
    return await client.PostAsync(url, new FormUrlEncodedContent(fields));
}

void Report(string name, List<(string Kind, double Milliseconds, bool FromCache, bool Failed)> rows)
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
