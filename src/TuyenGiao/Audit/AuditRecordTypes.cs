namespace TuyenGiao.Audit;

/// <summary>The kinds of record the audit log names, as the log page shows and filters them.</summary>
public static class AuditRecordTypes
{
    public const string Article = "Bài viết";
    public const string Category = "Chuyên mục";
    public const string Account = "Tài khoản";
    public const string Image = "Ảnh";
    public const string Settings = "Cài đặt";
    public const string Feedback = "Phản hồi";
    public const string CaptchaQuestion = "Câu hỏi kiểm tra";
    public const string Album = "Album ảnh";
    public const string Video = "Phim tư liệu";
    public const string Document = "Văn bản";
    public const string DocumentLabel = "Danh mục văn bản";
    public const string IntroPage = "Trang giới thiệu";
    public const string Link = "Liên kết website";
    public const string Banner = "Banner";
    public const string Topic = "Chuyên đề";
    public const string HomePage = "Trang chủ";
    public const string Poll = "Thăm dò ý kiến";
    public const string Survey = "Khảo sát";
    public const string Contest = "Cuộc thi";

    public static IReadOnlyList<string> All { get; } = [Article, Category, Account, Image, Settings, Feedback, CaptchaQuestion, Album, Video, Document, DocumentLabel, IntroPage, Link, Banner, Topic, HomePage, Poll, Survey, Contest];
}
