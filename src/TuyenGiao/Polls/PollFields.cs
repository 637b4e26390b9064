namespace TuyenGiao.Polls;

/// <summary>What the poll form sends: the options one a line, in the order readers see them.</summary>
public sealed record PollFields(string Question, string Options, bool AllowsSeveral, DateOnly? OpensOn, DateOnly? ClosesOn, bool IsPublished);
