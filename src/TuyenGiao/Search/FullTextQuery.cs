namespace TuyenGiao.Search;

/// <summary>
/// A parsed query in each engine's full-text syntax. Every term is quoted, so words like OR, NEAR or
/// NOT, and characters like * and :, are searched for as text rather than read as operators.
/// </summary>
internal static class FullTextQuery
{
    /// <summary>SQLite FTS5: <c>"hoc" "tuyen giao"</c>, all terms required, a phrase in order.</summary>
    public static string ForSqlite(SearchQuery query) => string.Join(' ', query.Terms.Select(Quote));

    /// <summary>SQL Server CONTAINS: <c>"hoc" AND "tuyen giao"</c>.</summary>
    public static string ForSqlServer(SearchQuery query) => string.Join(" AND ", query.Terms.Select(Quote));

    private static string Quote(IReadOnlyList<string> term) => $"\"{string.Join(' ', term).Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
