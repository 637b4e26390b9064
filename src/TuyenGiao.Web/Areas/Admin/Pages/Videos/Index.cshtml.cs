using Microsoft.AspNetCore.Authorization;
using TuyenGiao.Accounts;
using TuyenGiao.Videos;

namespace TuyenGiao.Web.Areas.Admin.Pages.Videos;

[Authorize(Policy = Policies.Newsroom)]
public sealed class IndexModel(NewsroomVideos videos) : PublicationListModel<NewsroomVideoRow>
{
    protected override Task<Paged<NewsroomVideoRow>> PageAsync(bool? published, string? text, int page, CancellationToken cancellationToken) =>
        videos.PageAsync(published, text, page, cancellationToken);
}
