using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Categories;
using TuyenGiao.HomePage;
using TuyenGiao.Topics;
using TuyenGiao.Web.Accounts;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Areas.Admin.Pages.HomePage;

/// <summary>The home page's blocks: move up or down, show or hide, add or take out. Each change shows on the home page at once.</summary>
[Authorize(Policy = Policies.SiteAdmin)]
public sealed class IndexModel(HomeLayout layout, SiteCategories categories, TopicEditing topics) : PageModel
{
    [BindProperty]
    public NewBlockForm Form { get; set; } = new();

    public IReadOnlyList<HomeBlock> Blocks { get; private set; } = [];
    public IReadOnlyList<MenuCategory> Categories { get; private set; } = [];
    public IReadOnlyList<SpecialTopic> Topics { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var errors = await layout.AddAsync(Form.Kind, Form.CategoryId, Form.TopicId, User.ToActor(), HttpContext.RequestAborted);
        if (errors.IsEmpty)
        {
            Notice = "Đã thêm khối vào cuối trang chủ.";
            return RedirectToPage();
        }
        ModelState.AddFieldErrors(errors);
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(int blockId, bool up)
    {
        await layout.MoveAsync(blockId, up, User.ToActor(), HttpContext.RequestAborted);
        Notice = "Đã đổi thứ tự; trang chủ đã cập nhật.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostShowAsync(int blockId, bool visible)
    {
        await layout.SetVisibleAsync(blockId, visible, User.ToActor(), HttpContext.RequestAborted);
        Notice = visible ? "Đã hiện khối trên trang chủ." : "Đã ẩn khối khỏi trang chủ.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int blockId)
    {
        await layout.DeleteAsync(blockId, User.ToActor(), HttpContext.RequestAborted);
        Notice = "Đã bỏ khối khỏi trang chủ.";
        return RedirectToPage();
    }

    /// <summary>What a block shows, in words: its kind, and the category or topic it was given.</summary>
    public string Describe(HomeBlock block) => block switch
    {
        { Kind: HomeBlockKind.Category, CategoryId: { } id } => $"{HomeBlockNames.Of(block.Kind)}: {Categories.FirstOrDefault(c => c.Id == id)?.Name}",
        { Kind: HomeBlockKind.SpecialTopics, TopicId: { } id } => $"Chuyên đề: {Topics.FirstOrDefault(t => t.Id == id)?.Name}",
        { Kind: HomeBlockKind.SpecialTopics } => "Chuyên đề đang diễn ra",
        _ => HomeBlockNames.Of(block.Kind),
    };

    private async Task LoadAsync()
    {
        Blocks = await layout.BlocksAsync(HttpContext.RequestAborted);
        Categories = (await categories.AllAsync(HttpContext.RequestAborted)).SelectMany(c => c.Children.Prepend(c)).ToList();
        Topics = await topics.AllAsync(HttpContext.RequestAborted);
    }
}

/// <summary>A block to add; its properties carry the names <see cref="HomeLayout.AddAsync"/> reports on.</summary>
public sealed class NewBlockForm
{
    public HomeBlockKind Kind { get; set; }
    public int? CategoryId { get; set; }
    public int? TopicId { get; set; }
}
