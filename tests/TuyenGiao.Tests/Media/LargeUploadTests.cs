using System.Net;
using System.Text.Json;
using TuyenGiao.Accounts;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Media;

/// <summary>Tests that read the process's memory run alone, after the others, so nothing else moves it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurementCollection
{
    public const string Name = "Memory measurement";
}

[Collection(MemoryMeasurementCollection.Name)]
public sealed class LargeUploadTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Several_huge_photos_uploaded_at_once_are_decoded_at_the_size_they_are_stored_at()
    {
        // 7000×7000 pixels of plain colour: a small file, 196 MB once decoded whole.
        var photo = TestImages.Jpeg(7000, 7000);
        var editor = await portal.SignedInAsync(Roles.Editor);
        (await UploadAsync(editor, TestImages.Jpeg(400, 300), "nho.jpg")).Dispose();

        var (responses, growth) = await WorkingSet.GrowthDuringAsync(() =>
            Task.WhenAll(Enumerable.Range(0, 4).Select(_ => UploadAsync(editor, photo, "anh-rat-lon.jpg"))));

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var url = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("url").GetString()!;
            Assert.EndsWith("-1600.jpg", url);
            response.Dispose();
        }
        // Decoded whole they took over 150 MB each (four at once: over 600 MB); reduced, all four fit in a fraction.
        Assert.InRange(growth, 0, 150L * 1024 * 1024);
    }

    [Fact]
    public async Task A_png_with_more_pixels_than_can_be_decoded_safely_is_refused_before_it_is_decoded()
    {
        var editor = await portal.SignedInAsync(Roles.Editor);

        using var response = await UploadAsync(editor, TestImages.Png(7000, 7000), "so-do-lon.png");
        var refusal = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Ảnh “so-do-lon.png” có quá nhiều điểm ảnh để xử lý (7000×7000).", refusal);
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient editor, byte[] image, string fileName) =>
        editor.PostWithFileAsync("/admin/anh?handler=Json", new Dictionary<string, string>(), fileName, image, "/admin/anh");
}
