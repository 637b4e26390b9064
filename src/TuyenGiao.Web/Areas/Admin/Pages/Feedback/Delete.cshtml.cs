using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Feedback;
using TuyenGiao.Web.Accounts;

namespace TuyenGiao.Web.Areas.Admin.Pages.Feedback;

/// <summary>Real deletion: admins only, after ticking a confirmation, and written to the audit log.</summary>
[Authorize(Policy = Policies.SiteAdmin)]
public sealed class DeleteModel(FeedbackInbox inbox) : PageModel
{
    public FeedbackMessage Message { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await inbox.FindAsync(id, HttpContext.RequestAborted) is not { } message)
        {
            return NotFound();
        }
        Message = message;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, bool confirm)
    {
        if (!confirm)
        {
            ModelState.AddModelError("confirm", "Hãy đánh dấu ô xác nhận trước khi xóa.");
            return await OnGetAsync(id);
        }
        if (!await inbox.DeleteAsync(id, User.ToActor(), HttpContext.RequestAborted))
        {
            return NotFound();
        }
        TempData["Notice"] = "Đã xóa hẳn phản hồi. Nhật ký ghi lại người xóa và nội dung tóm tắt.";
        return RedirectToPage("Index", new RouteValueDictionary { [IndexModel.TabQueryKey] = IndexModel.AllTab });
    }
}
