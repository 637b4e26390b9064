using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace TuyenGiao.Web.Media;

/// <summary>
/// For a page that reads its request body itself, as a stream: model binding must not read the body
/// as a form first (it would buffer a whole film, and leave nothing for the page to read). Route
/// values still bind.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class StreamedUploadAttribute : Attribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        context.ValueProviderFactories.RemoveType<FormValueProviderFactory>();
        context.ValueProviderFactories.RemoveType<FormFileValueProviderFactory>();
        context.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
