namespace TuyenGiao.Documents;

/// <summary>Tình trạng hiệu lực.</summary>
public enum DocumentStatus
{
    InForce,
    Expired,
    Superseded,
}

public static class DocumentStatusNames
{
    public static string Of(DocumentStatus status) => status switch
    {
        DocumentStatus.InForce => "Còn hiệu lực",
        DocumentStatus.Expired => "Hết hiệu lực",
        DocumentStatus.Superseded => "Bị thay thế",
        _ => status.ToString(),
    };
}
