namespace TuyenGiao.Audit;

/// <summary>One line of the audit log: who did what, when, on which record.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? UserId { get; set; }
    public required string UserName { get; set; }

    /// <summary>What was done, in Vietnamese: "Xuất bản bài viết", "Vô hiệu hóa tài khoản"…</summary>
    public required string Action { get; set; }

    /// <summary>"Bài viết", "Chuyên mục", "Tài khoản", "Ảnh", "Cài đặt".</summary>
    public required string RecordType { get; set; }

    public string? RecordId { get; set; }

    /// <summary>The record as a reader of the log recognises it: a title, a name, an email.</summary>
    public string RecordName { get; set; } = "";
}
