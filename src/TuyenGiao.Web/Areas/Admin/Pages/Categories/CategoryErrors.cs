using Microsoft.AspNetCore.Mvc.ModelBinding;
using TuyenGiao.Categories;

namespace TuyenGiao.Web.Areas.Admin.Pages.Categories;

internal static class CategoryErrors
{
    /// <summary>Puts each of the service's messages beside its field; one about no field goes to the top.</summary>
    public static void AddTo(ModelStateDictionary modelState, CategoryResult result)
    {
        foreach (var (field, message) in result.Errors)
        {
            modelState.AddModelError(field.Length == 0 ? string.Empty : $"Form.{field}", message);
        }
    }
}
