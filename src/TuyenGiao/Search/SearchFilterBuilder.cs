using System.Globalization;
using TuyenGiao.Categories;
using TuyenGiao.Time;
using TuyenGiao.Validation;

namespace TuyenGiao.Search;

/// <summary>
/// Turns the search form's filters, as a reader typed them, into what the search runs on: a category (with
/// its children, for a top-level one) and a range of whole days in Vietnam time — "đến ngày 5/3" includes
/// all of 5/3.
/// </summary>
public sealed class SearchFilterBuilder(SiteCategories categories)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy"];

    /// <summary>The filters, or null with a message for each field that cannot be used.</summary>
    public async Task<(SearchFilters? Filters, FieldErrors Errors)> BuildAsync(
        string? categorySlug, string? from, string? to, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        var fromDay = ParseDay(from, nameof(from), "Ngày bắt đầu", errors);
        var toDay = ParseDay(to, nameof(to), "Ngày kết thúc", errors);
        if (fromDay is not null && toDay is not null && fromDay > toDay)
        {
            errors[nameof(to)] = "Ngày bắt đầu phải trước hoặc trùng ngày kết thúc.";
        }
        Category? category = null;
        if (!string.IsNullOrEmpty(categorySlug))
        {
            category = await categories.FindBySlugAsync(categorySlug, cancellationToken);
            if (category is null)
            {
                errors["category"] = "Chuyên mục đã chọn không còn tồn tại.";
            }
        }
        return errors.IsEmpty
            ? (new SearchFilters(category, StartOf(fromDay), toDay < DateOnly.MaxValue ? StartOf(toDay.Value.AddDays(1)) : null), errors)
            : (null, errors);
    }

    private static DateOnly? ParseDay(string? value, string field, string label, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }
        errors[field] = $"{label} không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 20/10/2024.";
        return null;
    }

    /// <summary>
    /// The first instant of a Vietnam day. The calendar's first day (and the one after its last, which the
    /// caller never asks for) has no such instant in UTC; as a bound it limits nothing, so it is no bound.
    /// </summary>
    private static DateTime? StartOf(DateOnly? day) =>
        day is { } d && d.Year > 1 ? VietnamTime.ToUtc(d.ToDateTime(TimeOnly.MinValue)) : null;
}
