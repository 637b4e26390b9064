using System.Net;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Tests.Media;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Documents;

[Collection(MemoryMeasurementCollection.Name)]
public sealed class LargeDocumentUploadTests(NetworkPortal portal) : IClassFixture<NetworkPortal>
{
    [Fact]
    public async Task A_50_megabyte_pdf_is_stored_and_read_for_search_without_growing_the_working_set_by_30_megabytes()
    {
        const long size = 50L * 1024 * 1024;
        using var editor = await portal.EditorOverTheNetworkAsync();
        var fields = await DocumentNewsroom.FieldsAsync(portal, "90-NQ/TU", "Nghị quyết kèm bản quét dung lượng lớn");
        var id = await DocumentNewsroom.CreateAsync(editor, fields);
        // Warm up the upload path with a small file first, so what is measured is the file, not the first call.
        (await DocumentNewsroom.UploadAsync(editor, id, "nho.pdf", LargePdf.Of(20_000, "Phu luc nho"))).Dispose();
        var pdf = LargePdf.Of(size, "Nghi quyet ve phat trien van hoa doc trong cong dong dan cu");

        var (response, growth) = await WorkingSet.GrowthDuringAsync(() => DocumentNewsroom.UploadAsync(editor, id, "Nghị quyết 90 (bản quét).pdf", pdf));
        using var answered = response;

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var file = await portal.WithDatabaseAsync(db => db.DocumentFiles.SingleAsync(f => f.DocumentId == id && f.FileName == "Nghị quyết 90 (bản quét).pdf"));
        Assert.Equal(pdf.Length, file.Bytes);
        Assert.Contains("van hoa doc trong cong dong", file.Text);
        Assert.InRange(growth, 0, 30L * 1024 * 1024);
    }
}
