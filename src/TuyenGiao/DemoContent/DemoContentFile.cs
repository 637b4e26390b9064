using System.Text.Json;

namespace TuyenGiao.DemoContent;

/// <summary>The shape of demo-content.json: Vietnamese demo content written for this project.</summary>
internal sealed record DemoContentFile(DemoSettings Settings, List<DemoCategory> Categories, List<DemoArticle> Articles)
{
    public static DemoContentFile Load()
    {
        using var stream = typeof(DemoContentFile).Assembly
            .GetManifestResourceStream("TuyenGiao.DemoContent.demo-content.json")
            ?? throw new InvalidOperationException("demo-content.json is not embedded in the assembly.");
        return JsonSerializer.Deserialize<DemoContentFile>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("demo-content.json is empty.");
    }
}

internal sealed record DemoSettings(string SiteName, string BoardName, string Address, string Phone, string Email, string FooterText);

internal sealed record DemoCategory(string Name, string? Description, bool ShowInMenu = true, List<DemoCategory>? Children = null);

/// <summary>Articles are listed newest first; the seeder spreads them back over two years.</summary>
internal sealed record DemoArticle(
    string Category,
    string Title,
    string Sapo,
    string Body,
    string? Author,
    string? Source,
    bool Featured = false,
    string? Cover = null,
    string? Caption = null);
