using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using TuyenGiao.Documents;

namespace TuyenGiao.Web.Media;

/// <summary>
/// Lets a page's form carry document files as large as the settings allow (<c>Documents:MaxFileMegabytes</c>),
/// which a fixed <c>[RequestSizeLimit]</c> cannot follow. The form reader keeps each file in a temporary
/// file on disk, not in memory. The room is twice the limit, so that a file somewhat over it reaches
/// <see cref="DocumentFileUploads"/> and is refused with a message beside its field rather than by the server;
/// an import's room is <c>Documents:MaxImportMegabytes</c>. It runs among the authorization filters, before
/// the antiforgery check (order 1000) reads the form, as <c>[RequestSizeLimit]</c> itself does (order 900).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class DocumentUploadLimitsAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>For the import page: a spreadsheet and many files at once.</summary>
    public bool ForImport { get; init; }

    public int Order => 900;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var storage = context.HttpContext.RequestServices.GetRequiredService<DocumentStorage>();
        var limit = ForImport ? storage.MaxImportBytes : 2 * storage.MaxBytes;
        var features = context.HttpContext.Features;
        if (features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }
        if (features.Get<IFormFeature>() is not { Form: not null })
        {
            features.Set<IFormFeature>(new FormFeature(context.HttpContext.Request, new FormOptions { MultipartBodyLengthLimit = limit, ValueCountLimit = 10_000 }));
        }
    }
}
