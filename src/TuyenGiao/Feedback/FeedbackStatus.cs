namespace TuyenGiao.Feedback;

/// <summary>Where a message stands in the inbox. Spam is a status, not a deletion.</summary>
public enum FeedbackStatus
{
    New,
    Read,
    Answered,
    Spam,
}

public static class FeedbackStatusNames
{
    public static string Of(FeedbackStatus status) => status switch
    {
        FeedbackStatus.New => "Mới",
        FeedbackStatus.Read => "Đã đọc",
        FeedbackStatus.Answered => "Đã trả lời",
        FeedbackStatus.Spam => "Thư rác",
        _ => status.ToString(),
    };
}
