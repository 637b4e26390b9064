using Microsoft.AspNetCore.Authorization;
using TuyenGiao.Accounts;
using TuyenGiao.Albums;

namespace TuyenGiao.Web.Areas.Admin.Pages.Albums;

[Authorize(Policy = Policies.Newsroom)]
public sealed class IndexModel(NewsroomAlbums albums) : PublicationListModel<NewsroomAlbumRow>
{
    protected override Task<Paged<NewsroomAlbumRow>> PageAsync(bool? published, string? text, int page, CancellationToken cancellationToken) =>
        albums.PageAsync(published, text, page, cancellationToken);
}
