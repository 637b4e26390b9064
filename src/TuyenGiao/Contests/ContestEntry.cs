using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TuyenGiao.Captcha;
using TuyenGiao.Data;
using TuyenGiao.Time;
using TuyenGiao.Validation;

namespace TuyenGiao.Contests;

/// <summary>How "Vào thi" went: the attempt to go to (new, or the one still open), or what is wrong beside the fields.</summary>
public sealed record EntryOutcome(string? AttemptToken, FieldErrors Errors);

/// <summary>
/// Registering (once per contest, by phone number) and starting an attempt: the open round, the captcha, the
/// attempt limit, one open attempt per person (a unique key in the database, so across instances too), and
/// the questions drawn at random, in random order, with their options shuffled.
/// </summary>
public sealed class ContestEntry(PortalDbContext db, ContestPersonalKeys keys, Captchas captchas, IOptions<ContestOptions> options, TimeProvider clock)
{
    public async Task<EntryOutcome> StartAsync(Contest contest, EntryFields fields, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (contest.RoundOpenAt(now) is not { } round)
        {
            return Refused(FieldErrors.WholeForm, "Hiện không có vòng thi nào đang mở. Xin xem lịch các vòng thi ở trang cuộc thi.");
        }
        if (options.Value.CaptchaRequired)
        {
            var captcha = await captchas.CheckAsync(fields.ChallengeId, fields.CaptchaAnswer, cancellationToken);
            if (!captcha.Passed)
            {
                return Refused(nameof(EntryFields.CaptchaAnswer), captcha.Verdict == CaptchaVerdict.Missing
                    ? "Xin nhập mã kiểm tra."
                    : "Mã kiểm tra chưa đúng hoặc đã hết hạn. Xin nhập mã mới bên dưới.");
            }
        }
        if (PhoneNumbers.Normalise(fields.Phone) is not { } phone)
        {
            return Refused(nameof(EntryFields.Phone), "Số điện thoại di động gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09 (ví dụ 0912 345 678).");
        }
        var phoneKey = await keys.PhoneAsync(contest.Id, phone);
        var participant = await db.ContestParticipants.AsNoTracking().FirstOrDefaultAsync(p => p.ContestId == contest.Id && p.PhoneKey == phoneKey, cancellationToken);
        if (participant is not null)
        {
            return await StartForAsync(contest, round, participant.Id, now, cancellationToken);
        }
        var (newcomer, errors) = await NewParticipantAsync(contest.Id, phone, phoneKey, fields, now, cancellationToken);
        return newcomer is null ? new EntryOutcome(null, errors) : await RegisterAndStartAsync(contest, round, newcomer, now, cancellationToken);
    }

    /// <summary>The registration the fields make, not yet saved, or what is wrong with them.</summary>
    private async Task<(ContestParticipant?, FieldErrors)> NewParticipantAsync(
        int contestId, string phone, string phoneKey, EntryFields fields, DateTime now, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var name = (fields.FullName ?? "").Trim();
        if (name.Length == 0)
        {
            errors[nameof(EntryFields.FullName)] = "Lần đầu dự thi, xin nhập họ và tên.";
        }
        else if (name.Length > ContestParticipant.NameMaxLength)
        {
            errors[nameof(EntryFields.FullName)] = $"Họ và tên dài tối đa {ContestParticipant.NameMaxLength} ký tự.";
        }
        var thisYear = VietnamTime.Today(now).Year;
        if (fields.BirthYear is not { } year || year < thisYear - 110 || year > thisYear - 6)
        {
            errors[nameof(EntryFields.BirthYear)] = $"Xin nhập năm sinh gồm 4 chữ số, từ {thisYear - 110} đến {thisYear - 6}.";
        }
        if (fields.UnitId is not { } unitId || !await db.ContestUnits.AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            errors[nameof(EntryFields.UnitId)] = "Xin chọn đơn vị hoặc nơi bạn sinh sống, công tác.";
        }
        var idNumber = new string((fields.IdNumber ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (idNumber.Length > 0 && (idNumber.Length is not (9 or 12) || !idNumber.All(char.IsAsciiDigit)))
        {
            errors[nameof(EntryFields.IdNumber)] = "Số CCCD/CMND gồm 12 (hoặc 9) chữ số; có thể để trống.";
        }
        if (!errors.IsEmpty)
        {
            return (null, errors);
        }
        var participant = new ContestParticipant
        {
            ContestId = contestId,
            FullName = name,
            BirthYear = fields.BirthYear!.Value,
            PhoneKey = phoneKey,
            PhoneMasked = PhoneNumbers.Mask(phone),
            UnitId = fields.UnitId!.Value,
            IdNumberKey = idNumber.Length > 0 ? await keys.IdNumberAsync(contestId, idNumber) : null,
            RegisteredAt = now,
        };
        return (participant, FieldErrors.None);
    }

    /// <summary>
    /// A newcomer's registration and first attempt in one transaction and one turn of the write queue: at a
    /// contest's peak most participants are new, and on SQLite the queue's turns are what bounds the rate.
    /// Someone just registered has no earlier attempt to go on or count.
    /// </summary>
    private async Task<EntryOutcome> RegisterAndStartAsync(Contest contest, ContestRound round, ContestParticipant newcomer, DateTime now, CancellationToken cancellationToken)
    {
        if (await DrawnAttemptAsync(contest, round, now, cancellationToken) is not { } attempt)
        {
            return NotReady();
        }
        try
        {
            await SqliteWriteQueue.RunAsync(db, async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                db.ContestParticipants.Add(newcomer);
                await db.SaveChangesAsync(cancellationToken);
                attempt.ParticipantId = newcomer.Id;
                attempt.OpenFor = newcomer.Id;
                db.ContestAttempts.Add(attempt);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }, cancellationToken);
            return new EntryOutcome(attempt.Token, FieldErrors.None);
        }
        catch (DbUpdateException)
        {
            // The same number registered a moment ago (a double tap, another instance): that registration
            // stands, and this start goes on as theirs.
            db.ChangeTracker.Clear();
            var registered = await db.ContestParticipants.AsNoTracking().FirstOrDefaultAsync(p => p.ContestId == contest.Id && p.PhoneKey == newcomer.PhoneKey, cancellationToken);
            return registered is null
                ? NotStarted()
                : await StartForAsync(contest, round, registered.Id, now, cancellationToken);
        }
    }

    /// <summary>An attempt for someone already registered: their open one, or a new one if the round allows it.</summary>
    private async Task<EntryOutcome> StartForAsync(Contest contest, ContestRound round, int participantId, DateTime now, CancellationToken cancellationToken)
    {
        if (await EarlierAttemptsOutcomeAsync(contest, round, participantId, now, cancellationToken) is { } earlier)
        {
            return earlier;
        }
        if (await DrawnAttemptAsync(contest, round, now, cancellationToken) is not { } attempt)
        {
            return NotReady();
        }
        attempt.ParticipantId = participantId;
        attempt.OpenFor = participantId;
        db.ContestAttempts.Add(attempt);
        try
        {
            await SqliteWriteQueue.RunAsync(db, () => db.SaveChangesAsync(cancellationToken), cancellationToken);
            return new EntryOutcome(attempt.Token, FieldErrors.None);
        }
        catch (DbUpdateException)
        {
            // Another start for this person won a moment ago (two taps, two instances): theirs is the open attempt.
            db.ChangeTracker.Clear();
            return await OpenTokenAsync(participantId, cancellationToken) is { } other
                ? new EntryOutcome(other, FieldErrors.None)
                : NotStarted();
        }
    }

    /// <summary>A new attempt, not yet saved or given its person: its questions drawn at random, in random order, options shuffled; none when the bank is too small.</summary>
    private async Task<ContestAttempt?> DrawnAttemptAsync(Contest contest, ContestRound round, DateTime now, CancellationToken cancellationToken)
    {
        var bank = await db.ContestQuestions.Where(q => q.ContestId == contest.Id).Select(q => q.Id).ToArrayAsync(cancellationToken);
        if (bank.Length < contest.QuestionsPerAttempt)
        {
            return null;
        }
        RandomNumberGenerator.Shuffle(bank.AsSpan());
        var questionIds = bank.Take(contest.QuestionsPerAttempt).ToList();
        return new ContestAttempt
        {
            RoundId = round.Id,
            Token = NewToken(),
            StartedAt = now,
            DeadlineAt = now.AddMinutes(contest.TimeLimitMinutes),
            QuestionIds = string.Join(',', questionIds),
            OptionOrders = string.Join(',', questionIds.Select(_ => ShuffledOptions())),
        };
    }

    private static EntryOutcome NotStarted() => Refused(FieldErrors.WholeForm, "Chưa bắt đầu được bài thi, xin thử lại.");

    private static EntryOutcome NotReady() => Refused(FieldErrors.WholeForm, "Cuộc thi chưa sẵn sàng: ngân hàng câu hỏi chưa đủ. Xin quay lại sau.");

    /// <summary>
    /// The person's open attempt goes on (its token is the outcome); one left open past its time (a closed
    /// tab) ends here, counted as taken, unscored; no start past the round's allowance.
    /// </summary>
    private async Task<EntryOutcome?> EarlierAttemptsOutcomeAsync(Contest contest, ContestRound round, int participantId, DateTime now, CancellationToken cancellationToken)
    {
        var open = await db.ContestAttempts.AsNoTracking().FirstOrDefaultAsync(a => a.OpenFor == participantId, cancellationToken);
        if (open is not null)
        {
            if (!open.HasRunOut(now, options.Value.GraceSeconds))
            {
                return new EntryOutcome(open.Token, FieldErrors.None);
            }
            await db.ContestAttempts.Where(a => a.Id == open.Id).ExecuteUpdateAsync(set => set.SetProperty(a => a.OpenFor, (int?)null), cancellationToken);
        }
        var taken = await db.ContestAttempts.CountAsync(a => a.RoundId == round.Id && a.ParticipantId == participantId, cancellationToken);
        return taken >= contest.AttemptsPerRound
            ? Refused(FieldErrors.WholeForm, $"Bạn đã dự thi đủ {contest.AttemptsPerRound} lượt của {round.Name}. Hẹn gặp lại ở vòng sau!")
            : null;
    }

    private Task<string?> OpenTokenAsync(int participantId, CancellationToken cancellationToken) =>
        db.ContestAttempts.Where(a => a.OpenFor == participantId).Select(a => a.Token).FirstOrDefaultAsync(cancellationToken);

    private static string NewToken() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    private static string ShuffledOptions()
    {
        char[] order = ['0', '1', '2', '3'];
        RandomNumberGenerator.Shuffle(order.AsSpan());
        return new string(order);
    }

    private static EntryOutcome Refused(string field, string message) => new(null, FieldErrors.Of(field, message));
}
