namespace TuyenGiao.Web.Pages.Contests;

/// <summary>The query keys the contest pages read (the output cache tells pages apart by them).</summary>
public static class ContestQueryKeys
{
    /// <summary>A round's number on the ranking page; none for the contest overall.</summary>
    public const string Round = "vong";
}
