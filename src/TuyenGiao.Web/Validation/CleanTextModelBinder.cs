using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using TuyenGiao.Text;

namespace TuyenGiao.Web.Validation;

/// <summary>
/// Every string a page binds, from a form, a query or a route, passes through <see cref="UnicodeText.Clean"/>
/// first, so no handler, domain rule or re-shown form meets a character that throws when normalised.
/// </summary>
public sealed class CleanTextModelBinder(IModelBinder inner) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        await inner.BindModelAsync(bindingContext);
        if (bindingContext.Result is { IsModelSet: true, Model: string text } && UnicodeText.Clean(text) is var clean && clean != text)
        {
            bindingContext.Result = ModelBindingResult.Success(clean);
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, clean, clean);
        }
    }

    public sealed class Provider : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
            context.Metadata.ModelType == typeof(string)
                ? new CleanTextModelBinder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()))
                : null;
    }
}
