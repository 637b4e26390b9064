using Microsoft.EntityFrameworkCore;
using TuyenGiao.Audit;
using TuyenGiao.Content;
using TuyenGiao.Data;
using TuyenGiao.Time;
using TuyenGiao.Validation;

namespace TuyenGiao.Polls;

/// <summary>The editors' polls: add, edit, remove. Once readers have voted, the options may be reworded but not added, removed or reordered.</summary>
public sealed class PollEditing(PortalDbContext db, AuditLog audit, TimeProvider clock)
{
    public Task<List<Poll>> AllAsync(CancellationToken cancellationToken = default) =>
        db.Polls.AsNoTracking().Include(p => p.Options.OrderBy(o => o.Order)).OrderByDescending(p => p.OpensAt).ThenByDescending(p => p.Id)
            .ToListAsync(cancellationToken);

    public async Task<EditResult<Poll>> SaveAsync(int? id, PollFields fields, Actor actor, CancellationToken cancellationToken = default)
    {
        var poll = id is { } existing
            ? await db.Polls.Include(p => p.Options).FirstOrDefaultAsync(p => p.Id == existing, cancellationToken)
            : null;
        if (id is not null && poll is null)
        {
            return EditResult<Poll>.NotFound;
        }
        var options = ChoiceLines.Split(fields.Options);
        var errors = Check(fields, options, poll);
        if (!errors.IsEmpty)
        {
            return EditResult<Poll>.Invalid(errors);
        }
        if (poll is null)
        {
            poll = new Poll { Question = "", CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.Polls.Add(poll);
        }
        poll.Question = fields.Question.Trim();
        poll.AllowsSeveral = fields.AllowsSeveral;
        poll.OpensAt = ShowingDays.StartUtc(fields.OpensOn!.Value);
        poll.ClosesAt = fields.ClosesOn is { } closesOn ? ShowingDays.EndUtc(closesOn) : null;
        poll.IsPublished = fields.IsPublished;
        SetOptions(poll, options);
        audit.Record(actor, id is null ? "Thêm thăm dò ý kiến" : "Sửa thăm dò ý kiến", AuditRecordTypes.Poll, id, poll.Question);
        await db.SaveChangesAsync(cancellationToken);
        return EditResult<Poll>.Saved(poll);
    }

    public async Task<bool> DeleteAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var poll = await db.Polls.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (poll is null)
        {
            return false;
        }
        // Options and ballots go with it (cascade).
        db.Polls.Remove(poll);
        audit.Record(actor, "Xóa thăm dò ý kiến", AuditRecordTypes.Poll, id, poll.Question);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static FieldErrors Check(PollFields fields, IReadOnlyList<string> options, Poll? poll)
    {
        var errors = new FieldErrors();
        TextLimits.Check(errors, nameof(PollFields.Question), fields.Question, Poll.QuestionMaxLength, "câu hỏi thăm dò");
        errors[nameof(PollFields.Options)] = ChoiceLines.Problem(options, Poll.MinOptions, Poll.MaxOptions, PollOption.TextMaxLength);
        ShowingDays.Check(errors, nameof(PollFields.OpensOn), nameof(PollFields.ClosesOn), fields.OpensOn, fields.ClosesOn);
        if (poll is { VoterCount: > 0 } voted)
        {
            // The counts belong to the options as they were: a reader's vote must not move to another answer.
            if (options.Count != voted.Options.Count && !errors.Has(nameof(PollFields.Options)))
            {
                errors[nameof(PollFields.Options)] =
                    $"Đã có {voted.VoterCount} người bình chọn: chỉ được sửa câu chữ của {voted.Options.Count} phương án, không thêm, bớt hay đổi thứ tự.";
            }
            if (fields.AllowsSeveral != voted.AllowsSeveral)
            {
                errors[nameof(PollFields.AllowsSeveral)] = $"Đã có {voted.VoterCount} người bình chọn: không đổi được cách chọn một hay nhiều phương án.";
            }
        }
        return errors;
    }

    private static void SetOptions(Poll poll, IReadOnlyList<string> texts)
    {
        var ordered = poll.Options.OrderBy(o => o.Order).ToList();
        for (var i = 0; i < texts.Count; i++)
        {
            if (i < ordered.Count)
            {
                ordered[i].Text = texts[i];
                ordered[i].Order = i + 1;
            }
            else
            {
                poll.Options.Add(new PollOption { Text = texts[i], Order = i + 1 });
            }
        }
        foreach (var removed in ordered.Skip(texts.Count))
        {
            poll.Options.Remove(removed);
        }
    }
}
