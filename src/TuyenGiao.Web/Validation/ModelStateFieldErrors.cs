using Microsoft.AspNetCore.Mvc.ModelBinding;
using TuyenGiao.Validation;

namespace TuyenGiao.Web.Validation;

public static class ModelStateFieldErrors
{
    /// <summary>
    /// Puts a domain service's messages beside the fields they are about. A form binds to a property
    /// (<paramref name="prefix"/>, "Form" by convention) whose own properties carry the domain's field
    /// names; a message about the whole form goes to the top of it.
    /// </summary>
    public static void AddFieldErrors(this ModelStateDictionary modelState, FieldErrors errors, string? prefix = "Form")
    {
        foreach (var (field, message) in errors)
        {
            modelState.AddModelError(
                field == FieldErrors.WholeForm ? string.Empty : prefix is null ? field : $"{prefix}.{field}",
                message);
        }
    }
}
