using TuyenGiao.Audit;

namespace TuyenGiao.Accounts;

/// <summary>
/// What a signed-in account may do with articles: who it is, whether it may publish (editors and admins)
/// or only send for review (contributors), and the categories it is limited to (null: all of them; a
/// limit to a parent category covers its children).
/// </summary>
public sealed record EditorialRights(Actor Actor, bool MayPublish, IReadOnlyList<int>? LimitedTo)
{
    /// <summary>The site itself and the tests' seeding: everything.</summary>
    public static EditorialRights Everything(Actor actor) => new(actor, MayPublish: true, LimitedTo: null);
}
