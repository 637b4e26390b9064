using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Time;
using TuyenGiao.Topics;
using TuyenGiao.Web.Accounts;
using TuyenGiao.Web.Media;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Areas.Admin.Pages.Topics;

/// <summary>Special topics: the list with their days and articles, and one form that adds a topic or edits the one chosen (?id=).</summary>
[Authorize(Policy = Policies.Newsroom)]
public sealed class IndexModel(TopicEditing topics, TimeProvider clock) : PageModel
{
    [BindProperty]
    public TopicForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    public IReadOnlyList<SpecialTopic> Topics { get; private set; } = [];
    public IReadOnlyDictionary<int, int> ArticleCounts { get; private set; } = new Dictionary<int, int>();
    public SpecialTopic? Editing { get; private set; }
    public DateTime Now { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }
        Form = Editing is { } topic
            ? new TopicForm
            {
                Name = topic.Name,
                Slug = topic.Slug,
                DescriptionMarkdown = topic.DescriptionMarkdown,
                StartsOn = VietnamTime.Today(topic.StartsAt),
                EndsOn = topic.EndsAt is { } ends ? ShowingDays.LastDay(ends) : null,
                IsPublished = topic.IsPublished,
            }
            : new TopicForm { StartsOn = VietnamTime.Today(Now), IsPublished = true };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // A value that would not bind (an unknown slot, a date that is no date) has its message already.
        if (!ModelState.IsValid)
        {
            return await LoadAsync() ? Page() : NotFound();
        }
        await using var banner = Form.Banner.OpenOrNull();
        var result = await topics.SaveAsync(Id, Form.ToFields(), banner, Form.Banner?.FileName, User.ToActor(), HttpContext.RequestAborted);
        if (result.Item is not null)
        {
            Notice = $"Đã lưu chuyên đề {result.Item.Name}. Biên tập viên đánh dấu bài vào chuyên đề trong trang sửa bài.";
            return RedirectToPage(new { id = (int?)null });
        }
        if (result.Errors.IsEmpty || !await LoadAsync())
        {
            return NotFound();
        }
        ModelState.AddFieldErrors(result.Errors);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int topicId)
    {
        Notice = await topics.DeleteAsync(topicId, User.ToActor(), HttpContext.RequestAborted) ? "Đã xóa chuyên đề; các bài viết vẫn giữ nguyên." : "Chuyên đề không còn tồn tại.";
        return RedirectToPage(new { id = (int?)null });
    }

    private async Task<bool> LoadAsync()
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Topics = await topics.AllAsync(HttpContext.RequestAborted);
        ArticleCounts = await topics.ArticleCountsAsync(HttpContext.RequestAborted);
        Editing = Id is { } id ? Topics.FirstOrDefault(t => t.Id == id) : null;
        return Id is null || Editing is not null;
    }
}

/// <summary>The topic form; its properties carry <see cref="TopicFields"/>' names. Days are Vietnam days.</summary>
public sealed class TopicForm
{
    public string Name { get; set; } = "";
    public string? Slug { get; set; }
    public string DescriptionMarkdown { get; set; } = "";
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public bool IsPublished { get; set; }
    public bool RemoveBanner { get; set; }

    /// <summary>Named as <see cref="TopicEditing.BannerField"/>, so a refused image's message lands beside it.</summary>
    public IFormFile? Banner { get; set; }

    public TopicFields ToFields() => new(Name, Slug, DescriptionMarkdown, StartsOn, EndsOn, IsPublished, RemoveBanner);
}
