namespace TuyenGiao.Web.Areas.Admin.Pages.Videos;

/// <summary>The model of the film-file form: which video, and why the last file was refused.</summary>
public sealed record VideoFileFormView(int VideoId, string? Error);
