namespace TuyenGiao.Links;

/// <summary>What the link form sends; a logo comes as an upload beside it.</summary>
public sealed record LinkFields(string Name, string Url, bool RemoveLogo);
