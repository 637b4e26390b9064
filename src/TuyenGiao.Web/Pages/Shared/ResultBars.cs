namespace TuyenGiao.Web.Pages.Shared;

/// <summary>One bar of a poll's or a survey question's results: what was chosen, how many chose it, their share in whole percent.</summary>
public sealed record ResultBar(string Label, long Count, int Percent);

/// <summary>The bars of one question's results; each bar's length is its count out of <see cref="Of"/> (those who answered).</summary>
public sealed record ResultBars(IReadOnlyList<ResultBar> Bars, long Of, string CountUnit);
