using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TuyenGiao.Accounts;
using TuyenGiao.Feedback;
using TuyenGiao.Web.Accounts;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Areas.Admin.Pages.Feedback;

/// <summary>One message: read it, sort it (read, spam), note it, answer it — and publish the answer if wanted.</summary>
[Authorize(Policy = Policies.Newsroom)]
public sealed class ShowModel(FeedbackInbox inbox) : PageModel
{
    public FeedbackMessage Message { get; private set; } = null!;

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? Reply { get; set; }

    [BindProperty]
    public bool PublishReply { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Note = Message.Note;
        Reply = Message.Reply;
        PublishReply = Message.ReplyPublished;
        return Page();
    }

    public async Task<IActionResult> OnPostStatusAsync(int id, FeedbackStatus status)
    {
        if (!await inbox.SetStatusAsync(id, status, User.ToActor(), HttpContext.RequestAborted))
        {
            return NotFound();
        }
        Notice = $"Đã chuyển phản hồi sang “{FeedbackStatusNames.Of(status)}”.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostNoteAsync(int id)
    {
        if (await inbox.SaveNoteAsync(id, Note, User.ToActor(), HttpContext.RequestAborted) is not { } errors)
        {
            return NotFound();
        }
        if (!errors.IsEmpty)
        {
            ModelState.AddFieldErrors(errors, prefix: null);
            return await RedisplayAsync(id);
        }
        Notice = "Đã lưu ghi chú nội bộ.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostReplyAsync(int id)
    {
        if (await inbox.ReplyAsync(id, Reply, PublishReply, User.ToActor(), HttpContext.RequestAborted) is not { } errors)
        {
            return NotFound();
        }
        if (!errors.IsEmpty)
        {
            ModelState.AddFieldErrors(errors, prefix: null);
            return await RedisplayAsync(id);
        }
        Notice = PublishReply ? "Đã lưu trả lời và đăng vào mục Hỏi – Đáp của bài viết." : "Đã lưu trả lời.";
        return RedirectToPage(new { id });
    }

    /// <summary>A refused note or reply comes back with what the editor typed in both boxes.</summary>
    private async Task<IActionResult> RedisplayAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    private async Task<bool> LoadAsync(int id)
    {
        if (await inbox.FindAsync(id, HttpContext.RequestAborted) is not { } message)
        {
            return false;
        }
        Message = message;
        return true;
    }

    /// <summary>There is no mail server: the editor's own mail program sends the reply, filled in from here.</summary>
    public string ReplyMailLink() =>
        $"mailto:{Uri.EscapeDataString(Message.Email)}?subject={Uri.EscapeDataString("Trả lời: " + (Message.Subject.Length > 0 ? Message.Subject : "phản hồi của bạn"))}"
        + $"&body={Uri.EscapeDataString(Message.Reply ?? "")}";
}
