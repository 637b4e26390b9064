using TuyenGiao.Albums;

namespace TuyenGiao.Web.Areas.Admin.Pages.Albums;

/// <summary>The model of one photo's row in the album form: the stored photo and its fields as typed.</summary>
public sealed record PhotoRowView(AlbumPhoto Photo, PhotoForm Form, bool IsCover);
