using System.IO.Compression;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Accounts;
using TuyenGiao.Counters;
using TuyenGiao.Feedback;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Backup;

/// <summary>A board can take its site elsewhere: a backup made while the site runs and writes restores whole.</summary>
public sealed class BackupRestoreTests : DataFolderTest
{
    private string Archive => Path.Combine(DataFolder, "sao-luu.zip");
    private string RestoredFolder => Path.Combine(DataFolder, "khoi-phuc");

    [Fact]
    public async Task A_backup_made_while_readers_and_citizens_keep_writing_restores_every_article_image_view_and_message()
    {
        Directory.CreateDirectory(DataFolder);
        await using var running = PortalFactory.OnDataFolder(DataFolder);
        var editor = await running.SignedInAsync(Roles.Editor);
        using (var upload = await editor.PostWithFileAsync("/admin/anh?handler=Json", new Dictionary<string, string>(), "hoi-nghi.jpg", TestImages.Jpeg(1200, 800), "/admin/anh"))
        {
            Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        }
        var (articleId, articleUrl) = await running.PublishArticleAsync("Hội nghị học tập nghị quyết được sao lưu", TimeSpan.FromHours(1));
        var reader = running.Browser();
        reader.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (Linux; Android 14) Chrome/130.0 Mobile");
        (await reader.GetAsync(articleUrl)).Dispose();
        await running.Services.GetRequiredService<CounterFlusher>().FlushAsync();
        await AddMessageAsync(running, "Thư gửi trước khi sao lưu");
        var before = await StateAsync(running);

        // Citizens keep writing while the backup runs in its own process, as an operator would run it.
        using var stopWriting = new CancellationTokenSource();
        var writing = Task.Run(async () =>
        {
            var written = 0;
            while (!stopWriting.IsCancellationRequested)
            {
                await AddMessageAsync(running, $"Thư trong lúc sao lưu số {written++}");
            }
            return written;
        });
        var (backupExit, backupOutput) = await AppProcess.RunAsync(DataFolder, environment: null, "backup", "--to", Archive);
        await stopWriting.CancelAsync();
        var writtenDuringBackup = await writing;

        var (restoreExit, restoreOutput) = await AppProcess.RunAsync(RestoredFolder, environment: null, "restore", "--from", Archive);
        await using var restored = PortalFactory.OnDataFolder(RestoredFolder);
        var after = await StateAsync(restored);
        var page = await HtmlPage.GetAsync(restored.Browser(), articleUrl);

        Assert.True(backupExit == 0, backupOutput);
        Assert.Contains("Đã sao lưu vào", backupOutput);
        Assert.True(writtenDuringBackup > 0);
        Assert.True(restoreExit == 0, restoreOutput);
        Assert.Subset(after.Articles.ToHashSet(), before.Articles.ToHashSet());
        Assert.Subset(after.Messages.ToHashSet(), before.Messages.ToHashSet());
        Assert.Equal(before.Images, after.Images);
        Assert.Equal(1, after.ViewsOf(articleId));
        Assert.Equal("Hội nghị học tập nghị quyết được sao lưu", page.Text("h1"));
        // Every image the restored database names is served from the restored media folder.
        foreach (var image in after.Images)
        {
            using var served = await restored.Browser().GetAsync(image);
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }
    }

    [Fact]
    public async Task A_restore_never_writes_over_a_site_that_has_data()
    {
        Directory.CreateDirectory(DataFolder);
        await using (var running = PortalFactory.OnDataFolder(DataFolder))
        {
            running.CreateClient().Dispose();
        }
        var (backupExit, _) = await AppProcess.RunAsync(DataFolder, environment: null, "backup", "--to", Archive);

        var (exit, output) = await AppProcess.RunAsync(DataFolder, environment: null, "restore", "--from", Archive);

        Assert.Equal(0, backupExit);
        Assert.Equal(1, exit);
        Assert.Contains("Thư mục dữ liệu không trống", output);
    }

    [Fact]
    public async Task A_damaged_archive_is_refused_before_anything_is_written()
    {
        Directory.CreateDirectory(DataFolder);
        await using (var running = PortalFactory.OnDataFolder(DataFolder))
        {
            running.CreateClient().Dispose();
        }
        Assert.Equal(0, (await AppProcess.RunAsync(DataFolder, environment: null, "backup", "--to", Archive)).ExitCode);
        using (var archive = ZipFile.Open(Archive, ZipArchiveMode.Update))
        {
            archive.GetEntry("tuyengiao.db")!.Delete();
            using var writer = new StreamWriter(archive.CreateEntry("tuyengiao.db").Open());
            await writer.WriteAsync("không phải cơ sở dữ liệu");
        }

        var (exit, output) = await AppProcess.RunAsync(RestoredFolder, environment: null, "restore", "--from", Archive);

        Assert.Equal(1, exit);
        Assert.Contains("Tệp sao lưu bị hỏng: tuyengiao.db", output);
        Assert.False(File.Exists(Path.Combine(RestoredFolder, "tuyengiao.db")));
    }

    private static Task AddMessageAsync(PortalFactory portal, string body) => portal.WithDatabaseAsync(async db =>
    {
        var message = new FeedbackMessage { Name = "Người dân", Email = "nguoidan@example.vn", Subject = "", Body = body, ReceivedAt = DateTime.UtcNow };
        message.FoldForSearch();
        db.FeedbackMessages.Add(message);
        await db.SaveChangesAsync();
    });

    private sealed record SiteState(IReadOnlyList<(int Id, long Views)> Articles, IReadOnlyList<int> Messages, IReadOnlyList<string> Images)
    {
        public long ViewsOf(int id) => Articles.Single(a => a.Id == id).Views;
    }

    private static Task<SiteState> StateAsync(PortalFactory portal) => portal.WithDatabaseAsync(async db => new SiteState(
        (await db.Articles.OrderBy(a => a.Id).Select(a => new { a.Id, a.ViewCount }).ToListAsync()).Select(a => (a.Id, a.ViewCount)).ToList(),
        await db.FeedbackMessages.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync(),
        await db.MediaImages.OrderBy(i => i.Id).Select(i => i.Url).ToListAsync()));
}
