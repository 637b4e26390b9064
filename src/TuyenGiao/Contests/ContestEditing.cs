using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Audit;
using TuyenGiao.Content;
using TuyenGiao.Data;
using TuyenGiao.Time;
using TuyenGiao.Validation;

namespace TuyenGiao.Contests;

/// <summary>The committee's contests: the contest and its rounds, its question bank, and the units participants choose from.</summary>
public sealed class ContestEditing(PortalDbContext db, AuditLog audit, MarkdownRenderer renderer, TimeProvider clock)
{
    public static string RoundField(int index, string property) =>
        string.Create(CultureInfo.InvariantCulture, $"{nameof(ContestFields.Rounds)}[{index}].{property}");

    public Task<List<Contest>> AllAsync(CancellationToken cancellationToken = default) =>
        db.Contests.AsNoTracking().Include(c => c.Rounds.OrderBy(r => r.Number)).OrderByDescending(c => c.CreatedAt).ToListAsync(cancellationToken);

    public Task<Contest?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.Contests.AsNoTracking().Include(c => c.Rounds.OrderBy(r => r.Number)).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public async Task<EditResult<Contest>> SaveAsync(int? id, ContestFields fields, Actor actor, CancellationToken cancellationToken = default)
    {
        var contest = id is { } existing ? await db.Contests.Include(c => c.Rounds).FirstOrDefaultAsync(c => c.Id == existing, cancellationToken) : null;
        if (id is not null && contest is null)
        {
            return EditResult<Contest>.NotFound;
        }
        var slug = Text.Slug.FromTitle(fields.Name ?? "");
        var errors = Check(fields, slug);
        if (errors.IsEmpty && await db.Contests.AnyAsync(c => c.Slug == slug && c.Id != (id ?? 0), cancellationToken))
        {
            errors[nameof(ContestFields.Name)] = "Đã có cuộc thi cùng tên. Hãy đặt tên khác (ví dụ thêm năm tổ chức).";
        }
        var rounds = fields.Rounds.Where(r => !r.IsBlank).ToList();
        if (errors.IsEmpty && contest is not null)
        {
            // A round that has had attempts keeps its place: its attempts and ranking belong to it.
            var attempted = await db.ContestAttempts.Where(a => contest.Rounds.Select(r => r.Id).Contains(a.RoundId)).Select(a => a.RoundId).Distinct().ToListAsync(cancellationToken);
            var kept = contest.Rounds.OrderBy(r => r.Number).ToList();
            for (var i = 0; i < kept.Count; i++)
            {
                if (attempted.Contains(kept[i].Id) && i >= rounds.Count)
                {
                    errors[nameof(ContestFields.Rounds)] = $"“{kept[i].Name}” đã có người dự thi nên không bỏ được.";
                }
            }
        }
        if (!errors.IsEmpty)
        {
            return EditResult<Contest>.Invalid(errors);
        }
        if (contest is null)
        {
            contest = new Contest { Name = "", Slug = "", CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.Contests.Add(contest);
        }
        contest.Name = fields.Name!.Trim();
        contest.Slug = slug;
        contest.Organiser = (fields.Organiser ?? "").Trim();
        contest.RulesMarkdown = fields.RulesMarkdown ?? "";
        contest.RulesHtml = renderer.RenderSafeHtml(contest.RulesMarkdown);
        contest.QuestionsPerAttempt = fields.QuestionsPerAttempt!.Value;
        contest.TimeLimitMinutes = fields.TimeLimitMinutes!.Value;
        contest.AttemptsPerRound = fields.AttemptsPerRound!.Value;
        contest.AsksPrediction = fields.AsksPrediction;
        contest.IsPublished = fields.IsPublished;
        SetRounds(contest, rounds);
        audit.Record(actor, id is null ? "Thêm cuộc thi" : "Sửa cuộc thi", AuditRecordTypes.Contest, id, contest.Name);
        await db.SaveChangesAsync(cancellationToken);
        return EditResult<Contest>.Saved(contest);
    }

    private static void SetRounds(Contest contest, List<RoundFields> rounds)
    {
        var existing = contest.Rounds.OrderBy(r => r.Number).ToList();
        for (var i = 0; i < rounds.Count; i++)
        {
            var round = i < existing.Count ? existing[i] : new ContestRound { Name = "" };
            round.Number = i + 1;
            round.Name = rounds[i].Name.Trim();
            round.StartsAt = VietnamTime.ToUtc(rounds[i].StartsAt!.Value);
            round.EndsAt = VietnamTime.ToUtc(rounds[i].EndsAt!.Value);
            if (i >= existing.Count)
            {
                contest.Rounds.Add(round);
            }
        }
        foreach (var removed in existing.Skip(rounds.Count))
        {
            contest.Rounds.Remove(removed);
        }
    }

    private static FieldErrors Check(ContestFields fields, string slug)
    {
        var errors = new FieldErrors();
        TextLimits.Check(errors, nameof(ContestFields.Name), fields.Name, Contest.NameMaxLength, "tên cuộc thi");
        if (!errors.Has(nameof(ContestFields.Name)) && slug.Length == 0)
        {
            errors[nameof(ContestFields.Name)] = "Tên cuộc thi cần có ít nhất một chữ hoặc số.";
        }
        TextLimits.Check(errors, nameof(ContestFields.Organiser), fields.Organiser, Contest.OrganiserMaxLength, "đơn vị tổ chức", required: false);
        TextLimits.Check(errors, nameof(ContestFields.RulesMarkdown), fields.RulesMarkdown, Contest.RulesMaxLength, "thể lệ", required: false);
        Range(errors, nameof(ContestFields.QuestionsPerAttempt), fields.QuestionsPerAttempt, 1, Contest.MaxQuestionsPerAttempt, "Số câu hỏi mỗi lượt thi");
        Range(errors, nameof(ContestFields.TimeLimitMinutes), fields.TimeLimitMinutes, 1, Contest.MaxTimeLimitMinutes, "Thời gian làm bài (phút)");
        Range(errors, nameof(ContestFields.AttemptsPerRound), fields.AttemptsPerRound, 1, Contest.MaxAttemptsPerRound, "Số lượt thi mỗi người mỗi vòng");
        var rounds = fields.Rounds.Select((round, index) => (round, index)).Where(r => !r.round.IsBlank).ToList();
        if (rounds.Count == 0)
        {
            errors[nameof(ContestFields.Rounds)] = "Vui lòng nhập ít nhất một vòng thi.";
        }
        else if (rounds.Count > Contest.MaxRounds)
        {
            errors[nameof(ContestFields.Rounds)] = $"Một cuộc thi có tối đa {Contest.MaxRounds} vòng.";
        }
        DateTime? previousEnd = null;
        foreach (var (round, index) in rounds)
        {
            if (string.IsNullOrWhiteSpace(round.Name) || round.Name.Trim().Length > ContestRound.NameMaxLength)
            {
                errors[RoundField(index, nameof(RoundFields.Name))] = $"Vui lòng đặt tên vòng (tối đa {ContestRound.NameMaxLength} ký tự), ví dụ “Tuần 1”.";
            }
            if (round.StartsAt is not { } starts || starts.Year is < 2000 or > 2100)
            {
                errors[RoundField(index, nameof(RoundFields.StartsAt))] = "Vui lòng chọn lúc bắt đầu (năm 2000–2100).";
            }
            else if (round.EndsAt is not { } ends || ends.Year > 2100)
            {
                errors[RoundField(index, nameof(RoundFields.EndsAt))] = "Vui lòng chọn lúc kết thúc (đến năm 2100).";
            }
            else if (ends <= starts)
            {
                errors[RoundField(index, nameof(RoundFields.EndsAt))] = "Lúc kết thúc phải sau lúc bắt đầu.";
            }
            else if (previousEnd is { } before && starts < before)
            {
                errors[RoundField(index, nameof(RoundFields.StartsAt))] = "Các vòng không được chồng lên nhau: vòng này phải bắt đầu sau khi vòng trước kết thúc.";
            }
            else
            {
                previousEnd = ends;
            }
        }
        return errors;
    }

    private static void Range(FieldErrors errors, string field, int? value, int min, int max, string label)
    {
        if (value is not { } number || number < min || number > max)
        {
            errors[field] = $"{label} phải từ {min} đến {max}.";
        }
    }
}
