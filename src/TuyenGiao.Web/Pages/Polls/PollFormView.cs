using TuyenGiao.Polls;

namespace TuyenGiao.Web.Pages.Polls;

/// <summary>
/// A poll's voting form wherever it stands (the home page, an article's side column, its own page): the
/// same for every reader, so the page around it stays one cached copy. After a refused vote it comes back
/// with the reader's choices and the reason.
/// </summary>
public sealed record PollFormView(Poll Poll, IReadOnlyCollection<int> Chosen, string? Error)
{
    public static PollFormView Fresh(Poll poll) => new(poll, [], null);

    /// <summary>Ids that name this poll's form and its message, unique on a page that shows the poll once.</summary>
    public string FormId => $"tham-do-{Poll.Id}";
}
