using Microsoft.EntityFrameworkCore;
using TuyenGiao.Counters;
using TuyenGiao.Data;
using TuyenGiao.Validation;

namespace TuyenGiao.Polls;

public enum VoteResult
{
    Counted,
    AlreadyVoted,
    NotOpen,
    NotFound,
    Invalid,
}

/// <summary>How a vote went; for <see cref="VoteResult.Invalid"/>, what is wrong beside the options.</summary>
public sealed record VoteOutcome(VoteResult Result, FieldErrors Errors)
{
    public static VoteOutcome Of(VoteResult result) => new(result, FieldErrors.None);
}

/// <summary>
/// A reader's vote: checked against the poll, then its ballot and the counts are written in one
/// transaction, so a vote is counted once or not at all. The ballot's key is unique per poll, so two
/// votes from one reader at the same moment (a double tap, two instances) leave one.
/// </summary>
public sealed class PollVoting(PortalDbContext db, ReaderKeys keys)
{
    public const string ChoiceField = "OptionIds";
    private const string Section = "poll";

    public async Task<VoteOutcome> VoteAsync(int pollId, IReadOnlyCollection<int> optionIds, string readerId, DateTime utcNow, CancellationToken cancellationToken = default)
    {
        var poll = await db.Polls.AsNoTracking().Include(p => p.Options).FirstOrDefaultAsync(p => p.Id == pollId && p.IsPublished, cancellationToken);
        if (poll is null)
        {
            return VoteOutcome.Of(VoteResult.NotFound);
        }
        if (!poll.IsOpenAt(utcNow))
        {
            return VoteOutcome.Of(VoteResult.NotOpen);
        }
        var chosen = optionIds.Distinct().ToList();
        if (chosen.Count == 0)
        {
            return new(VoteResult.Invalid, FieldErrors.Of(ChoiceField, poll.AllowsSeveral ? "Vui lòng chọn ít nhất một phương án." : "Vui lòng chọn một phương án."));
        }
        if (chosen.Any(id => poll.Options.All(o => o.Id != id)))
        {
            return new(VoteResult.Invalid, FieldErrors.Of(ChoiceField, "Phương án này không có trong cuộc thăm dò. Vui lòng chọn lại."));
        }
        if (!poll.AllowsSeveral && chosen.Count > 1)
        {
            return new(VoteResult.Invalid, FieldErrors.Of(ChoiceField, "Câu hỏi này chỉ chọn một phương án."));
        }
        var key = await keys.ForAsync(Section, pollId, readerId);
        if (await db.PollBallots.AnyAsync(b => b.PollId == pollId && b.ReaderKey == key, cancellationToken))
        {
            return VoteOutcome.Of(VoteResult.AlreadyVoted);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.PollBallots.Add(new PollBallot { PollId = pollId, ReaderKey = key, CastAt = utcNow });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique key: this reader's other vote was stored a moment ago.
            db.ChangeTracker.Clear();
            return VoteOutcome.Of(VoteResult.AlreadyVoted);
        }
        await db.PollOptions.Where(o => o.PollId == pollId && chosen.Contains(o.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.Votes, o => o.Votes + 1), cancellationToken);
        await db.Polls.Where(p => p.Id == pollId)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.VoterCount, p => p.VoterCount + 1), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return VoteOutcome.Of(VoteResult.Counted);
    }

    public async Task<bool> HasVotedAsync(int pollId, string readerId, CancellationToken cancellationToken = default)
    {
        var key = await keys.ForAsync(Section, pollId, readerId);
        return await db.PollBallots.AnyAsync(b => b.PollId == pollId && b.ReaderKey == key, cancellationToken);
    }
}
