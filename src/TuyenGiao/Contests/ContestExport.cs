using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TuyenGiao.Data;
using TuyenGiao.Time;

namespace TuyenGiao.Contests;

/// <summary>
/// A round for the committee, as an Excel workbook (MiniExcel): the ranking on one sheet, every submitted
/// attempt on another, with the participants' full names and masked phones (what the committee needs to
/// contact winners through the units, nothing more).
/// </summary>
public sealed class ContestExport(PortalDbContext db, ContestRanking ranking)
{
    public const int RankedRows = 1_000;

    public async Task WriteAsync(ContestRound round, Stream output, CancellationToken cancellationToken = default)
    {
        var standing = await ranking.RoundAsync(round, RankedRows, cancellationToken);
        var ranked = standing.Leaders.Select(e => new Dictionary<string, object?>
        {
            ["Hạng"] = e.Rank,
            ["Họ tên"] = e.Name,
            ["Điện thoại"] = e.Phone,
            ["Đơn vị"] = e.Unit,
            ["Số câu đúng"] = e.Score,
            ["Dự đoán"] = e.Prediction,
            ["Chênh lệch dự đoán"] = e.Prediction is { } guess ? Math.Abs((long)guess - standing.PerfectEntrants) : null,
            ["Thời gian làm bài (giây)"] = Math.Round(e.TimeUsedMs / 1000.0, 1),
            ["Nộp lúc"] = Shown(e.SubmittedAt),
        }).ToList();
        var attempts = await db.ContestAttempts.AsNoTracking().Where(a => a.RoundId == round.Id && a.SubmittedAt != null)
            .Join(db.ContestParticipants, a => a.ParticipantId, p => p.Id, (a, p) => new { a, p })
            .Join(db.ContestUnits, x => x.p.UnitId, u => u.Id, (x, u) => new { x.a, x.p, Unit = u.Name })
            .OrderBy(x => x.a.Id).ToListAsync(cancellationToken);
        var rows = attempts.Select(x => new Dictionary<string, object?>
        {
            ["Mã bài"] = x.a.Id,
            ["Họ tên"] = x.p.FullName,
            ["Năm sinh"] = x.p.BirthYear,
            ["Điện thoại"] = x.p.PhoneMasked,
            ["Đơn vị"] = x.Unit,
            ["Bắt đầu"] = Shown(x.a.StartedAt),
            ["Nộp lúc"] = Shown(x.a.SubmittedAt!.Value),
            ["Số câu đúng"] = x.a.Score,
            ["Dự đoán"] = x.a.Prediction,
            ["Thời gian làm bài (giây)"] = x.a.TimeUsedMs is { } used ? Math.Round(used / 1000.0, 1) : null,
            ["Ghi chú"] = x.a.Score is null ? "Nộp sau khi hết giờ, không tính điểm" : "",
        }).ToList();
        var sheets = new Dictionary<string, object>
        {
            ["Xếp hạng"] = ranked,
            ["Bài thi"] = rows,
        };
        await output.SaveAsAsync(sheets, cancellationToken: cancellationToken);
    }

    private static string Shown(DateTime utc) =>
        VietnamTime.ToLocal(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);
}
