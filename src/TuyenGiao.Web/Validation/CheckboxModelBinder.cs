using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace TuyenGiao.Web.Validation;

/// <summary>
/// A checkbox is ticked or not. The framework's binder refuses a value such as "maybe" and keeps it as
/// the attempted value, and re-showing the form then throws when the checkbox reads it back. Here any
/// value other than true, on or 1 means unticked, and the form is re-shown with what was bound.
/// </summary>
public sealed class CheckboxModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var sent = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (sent == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }
        // A ticked checkbox posts "true" and its hidden twin "false": the first value is the box's.
        var ticked = sent.FirstValue?.Trim() is { } value
            && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("on", StringComparison.OrdinalIgnoreCase) || value == "1");
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, ticked, ticked ? "true" : "false");
        bindingContext.Result = ModelBindingResult.Success(ticked);
        return Task.CompletedTask;
    }

    public sealed class Provider : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
            context.Metadata.ModelType == typeof(bool) ? new CheckboxModelBinder() : null;
    }
}
