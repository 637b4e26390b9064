using System.Globalization;

namespace TuyenGiao.Validation;

/// <summary>The commonest check of a typed text: there when required, and no longer than its column.</summary>
public static class TextLimits
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Puts beside <paramref name="field"/> "Vui lòng nhập {label}." or "{Label} dài tối đa N ký tự.", or nothing.</summary>
    public static void Check(FieldErrors errors, string field, string? value, int maxLength, string label, bool required = true)
    {
        var length = value?.Trim().Length ?? 0;
        if (required && length == 0)
        {
            errors[field] = $"Vui lòng nhập {label}.";
        }
        else if (length > maxLength)
        {
            errors[field] = $"{char.ToUpper(label[0], Vietnamese)}{label[1..]} dài tối đa {maxLength.ToString("N0", Vietnamese)} ký tự.";
        }
    }
}
