using System.Reflection;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using TuyenGiao.Text;

namespace TuyenGiao.Web.Validation;

/// <summary>
/// Every string a page binds, from a form, a query or a route, passes through <see cref="UnicodeText.Clean"/>
/// first, so no handler, domain rule or re-shown form meets a character that throws when normalised. A field
/// left empty binds as "" to a string that is not nullable (the framework would bind null): whether it may
/// be empty is the domain's to say, in Vietnamese, beside the field (implicit [Required] is off).
/// </summary>
public sealed class CleanTextModelBinder(IModelBinder inner) : IModelBinder
{
    private static readonly NullabilityInfoContext Nullability = new();

    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        await inner.BindModelAsync(bindingContext);
        if (bindingContext.Result is { IsModelSet: true, Model: string text } && UnicodeText.Clean(text) is var clean && clean != text)
        {
            bindingContext.Result = ModelBindingResult.Success(clean);
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, clean, clean);
        }
        else if (bindingContext.Result is { IsModelSet: true, Model: null } && IsNotNullable(bindingContext.ModelMetadata))
        {
            bindingContext.Result = ModelBindingResult.Success("");
        }
    }

    private static bool IsNotNullable(ModelMetadata metadata)
    {
        if (metadata is not { MetadataKind: ModelMetadataKind.Property, ContainerType: { } container, PropertyName: { } name }
            || container.GetProperty(name) is not { } property)
        {
            return false;
        }
        lock (Nullability)
        {
            return Nullability.Create(property).WriteState == NullabilityState.NotNull;
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
