using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Media;
using TuyenGiao.Tests.Media;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Videos;

/// <summary>The app on a real port with a 1 MB limit on films, so that going over it is cheap to show.</summary>
public sealed class SmallVideoLimitPortal : NetworkPortal
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Media:MaxVideoMegabytes", "1");
    }
}

public sealed class VideoUploadLimitTests(SmallVideoLimitPortal portal) : IClassFixture<SmallVideoLimitPortal>
{
    private IReadOnlyList<string> FilmsOnDisk() => VideoNewsroom.FilmsOnDisk(portal);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_film_over_the_limit_is_refused_with_the_limit_named_and_leaves_nothing_on_disk(bool sizeSaidInAdvance)
    {
        using var editor = await portal.EditorOverTheNetworkAsync();
        var id = await VideoNewsroom.CreateAsync(editor, "Phim quá dài");
        var before = FilmsOnDisk();
        // Said in advance (and beyond the room the page leaves around a file), the size is refused before the
        // film is read; sent in chunks, it is refused as it passes the limit.
        HttpContent film = sizeSaidInAdvance ? new ByteArrayContent(VideoNewsroom.Mp4(8 * 1024 * 1024)) : new StreamContent(new FilmStream(3 * 1024 * 1024));

        var page = await HtmlPage.FromResponseAsync(await VideoNewsroom.UploadAsync(editor, id, film, "phim-dai.mp4"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(sizeSaidInAdvance ? "Tệp đã chọn quá lớn: mỗi phim tối đa 1 MB." : "Tệp “phim-dai.mp4” quá lớn: mỗi phim tối đa 1 MB.",
            page.Text(".video-file-form .field-error"));
        Assert.Equal(before, FilmsOnDisk());
        Assert.Null(await portal.WithDatabaseAsync(db => db.Videos.Where(v => v.Id == id).Select(v => v.FileUrl).SingleAsync()));
    }
}

[Collection(MemoryMeasurementCollection.Name)]
public sealed class LargeVideoUploadTests(NetworkPortal portal) : IClassFixture<NetworkPortal>
{
    [Fact]
    public async Task A_500_megabyte_film_is_written_to_disk_as_it_arrives_without_growing_the_working_set_by_50_megabytes()
    {
        const long size = 500L * 1024 * 1024;
        using var editor = await portal.EditorOverTheNetworkAsync();
        var id = await VideoNewsroom.CreateAsync(editor, "Phim tài liệu dài");
        // Warm up the upload path with a small film first, so what is measured is the film, not the first call.
        (await VideoNewsroom.UploadAsync(editor, id, new ByteArrayContent(VideoNewsroom.Mp4(100_000)), "nho.mp4")).Dispose();
        var (response, growth) = await WorkingSet.GrowthDuringAsync(() =>
            VideoNewsroom.UploadAsync(editor, id, new StreamContent(new FilmStream(size), 81920), "phim-dai.mp4"));
        using var answered = response;

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var url = await portal.WithDatabaseAsync(db => db.Videos.Where(v => v.Id == id).Select(v => v.FileUrl).SingleAsync());
        Assert.Equal(size, new FileInfo(portal.Services.GetRequiredService<MediaStorage>().PathOf(url!)!).Length);
        Assert.InRange(growth, 0, 50L * 1024 * 1024);
        // Not kept: the test's data folder is deleted with the app, but half a gigabyte should go at once.
        await editor.PostFormAsync($"{VideoNewsroom.EditPage(id)}?handler=RemoveFile", new Dictionary<string, string>(), VideoNewsroom.EditPage(id));
    }
}
