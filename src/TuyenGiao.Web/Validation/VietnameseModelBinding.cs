using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace TuyenGiao.Web.Validation;

/// <summary>The framework's own form-binding messages, in Vietnamese, for every form of the site.</summary>
internal static class VietnameseModelBinding
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetValueMustNotBeNullAccessor(_ => "Vui lòng nhập giá trị.");
        messages.SetMissingBindRequiredValueAccessor(field => $"Thiếu giá trị cho {field}.");
        messages.SetMissingKeyOrValueAccessor(() => "Thiếu giá trị.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Thiếu nội dung gửi lên.");
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"Giá trị “{value}” không hợp lệ cho {field}.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Giá trị “{value}” không hợp lệ.");
        messages.SetUnknownValueIsInvalidAccessor(field => $"Giá trị của {field} không hợp lệ.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị không hợp lệ.");
        messages.SetValueIsInvalidAccessor(value => $"Giá trị “{value}” không hợp lệ.");
        messages.SetValueMustBeANumberAccessor(field => $"{field} phải là một số.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Giá trị phải là một số.");
    }
}
