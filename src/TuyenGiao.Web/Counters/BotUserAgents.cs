namespace TuyenGiao.Web.Counters;

/// <summary>Recognises crawlers and scripts by User-Agent, from the list kept as data in bots.txt.</summary>
public sealed class BotUserAgents
{
    private readonly string[] _fragments;

    public BotUserAgents(IEnumerable<string> lines) =>
        _fragments = lines.Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.ToLowerInvariant())
            .ToArray();

    public static BotUserAgents FromEmbeddedList()
    {
        using var stream = typeof(BotUserAgents).Assembly.GetManifestResourceStream("TuyenGiao.Web.Counters.bots.txt")
            ?? throw new InvalidOperationException("bots.txt is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return new BotUserAgents(reader.ReadToEnd().Split('\n'));
    }

    public bool IsBot(string? userAgent) =>
        string.IsNullOrWhiteSpace(userAgent)
        || _fragments.Any(fragment => userAgent.Contains(fragment, StringComparison.OrdinalIgnoreCase));
}
