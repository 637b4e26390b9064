using Microsoft.AspNetCore.Authorization;
using TuyenGiao.Accounts;
using TuyenGiao.Documents;

namespace TuyenGiao.Web.Areas.Admin.Pages.Documents;

[Authorize(Policy = Policies.Newsroom)]
public sealed class IndexModel(NewsroomDocuments documents) : PublicationListModel<NewsroomDocumentRow>
{
    protected override Task<Paged<NewsroomDocumentRow>> PageAsync(bool? published, string? text, int page, CancellationToken cancellationToken) =>
        documents.PageAsync(published, text, page, cancellationToken);
}
