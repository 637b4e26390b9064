using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TuyenGiao.Surveys;
using TuyenGiao.Web.Caching;
using TuyenGiao.Web.Counters;
using TuyenGiao.Web.Hosting;
using TuyenGiao.Web.Validation;

namespace TuyenGiao.Web.Pages.Surveys;

/// <summary>
/// A survey's questions, the same for every reader (cached), and where the answers are posted. A response
/// that needs more comes back with every answer as the reader gave it and a message beside each question.
/// </summary>
// No antiforgery token, as for polls: the page is cached for everyone; cross-site posts are refused, one
// response per reader is kept by the reader's key, and each address is limited.
[IgnoreAntiforgeryToken]
[RefuseCrossSitePosts]
[TypeFilter<ReaderFormLimits.PageFilter>(Arguments = [ReaderFormLimits.RequestKind.SurveyResponse])]
[CountsVisits]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class ShowModel(PublishedSurveys surveys, SurveyResponses responses, VisitorIds visitorIds, TimeProvider clock) : PageModel
{
    public Survey Survey { get; private set; } = null!;
    public DateTime Now { get; private set; }

    /// <summary>What the reader sent, by field, to put back in the form.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Posted { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>A message about the whole response, above the questions.</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string surveySlug, int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        return Survey.Slug == surveySlug ? Page() : RedirectPermanent(SiteUrls.Survey(Survey.Slug, Survey.Id));
    }

    public async Task<IActionResult> OnPostAsync(int id, IFormCollection form, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Posted = Survey.Questions.Select(q => SurveyResponses.AnswerField(q.Id))
            .ToDictionary(field => field, field => (IReadOnlyList<string>)form[field].Select(v => v ?? "").ToList());
        if (visitorIds.For(HttpContext) is not { } reader)
        {
            Problem = "Hôm nay địa chỉ mạng của bạn đã gửi quá nhiều lượt mới nên chưa ghi nhận được câu trả lời. Xin bật cookie cho trang này hoặc thử lại vào ngày mai.";
            return Page();
        }
        // The binder has nothing to say about a form it reads whole; the survey's own checks speak.
        ModelState.Clear();
        var outcome = await responses.SubmitAsync(Survey, Posted, reader, Now, cancellationToken);
        switch (outcome.Result)
        {
            case ResponseResult.Stored:
                return RedirectToPage("Sent", new { surveySlug = Survey.Slug, id });
            case ResponseResult.AlreadyAnswered:
                Problem = "Bạn đã gửi câu trả lời cho khảo sát này. Mỗi người chỉ gửi một lần — cảm ơn bạn đã tham gia.";
                return Page();
            case ResponseResult.Invalid:
                ModelState.AddFieldErrors(outcome.Errors, prefix: null);
                Problem = "Còn câu hỏi cần trả lời lại; xin xem ghi chú màu đỏ dưới từng câu. Các câu trả lời khác vẫn được giữ nguyên.";
                return Page();
            default:
                // Closed between reading and sending: the page says so.
                return Page();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Survey = (await surveys.FindAsync(id, Now, cancellationToken))!;
        return Survey is not null;
    }
}
