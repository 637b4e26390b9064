using TuyenGiao.Tests.Support;
using TuyenGiao.Videos;

namespace TuyenGiao.Tests.Videos;

public sealed class VideoFormatTests
{
    [Fact]
    public void Mp4_and_webm_are_told_by_their_first_bytes_and_other_files_are_not_videos()
    {
        byte[] webm = [0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84, (byte)'w', (byte)'e', (byte)'b', (byte)'m'];
        byte[] matroska = [0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x88, (byte)'m', (byte)'a', (byte)'t', (byte)'r', (byte)'o', (byte)'s', (byte)'k', (byte)'a'];

        Assert.Equal(VideoFormat.Mp4, VideoFormat.Detect(VideoNewsroom.Mp4(64)));
        Assert.Equal(VideoFormat.WebM, VideoFormat.Detect(webm));
        Assert.Null(VideoFormat.Detect(matroska));
        Assert.Null(VideoFormat.Detect(TestImages.Jpeg(16, 16)));
        Assert.Null(VideoFormat.Detect("<html><body>ftyp</body></html>"u8));
        Assert.Null(VideoFormat.Detect([]));
    }

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "dQw4w9WgXcQ")]
    [InlineData("https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ", "dQw4w9WgXcQ")]
    [InlineData("youtu.be/dQw4w9WgXcQ?si=abc", "dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/shorts/dQw4w9WgXcQ", "dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/embed/dQw4w9WgXcQ?start=3", "dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/live/dQw4w9WgXcQ", "dQw4w9WgXcQ")]
    [InlineData("https://vimeo.com/123456789", null)]
    [InlineData("https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ", null)]
    [InlineData("https://www.youtube.com/watch?v=short", null)]
    [InlineData("javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ", null)]
    [InlineData("https://www.youtube.com/channel/UCabcdefghijk", null)]
    [InlineData("không phải địa chỉ", null)]
    public void Only_a_youtube_video_address_gives_an_id(string address, string? id) =>
        Assert.Equal(id, YouTubeAddress.IdOf(address));

    [Theory]
    [InlineData("12:30", 750)]
    [InlineData("0:12", 12)]
    [InlineData("1:02:03", 3723)]
    [InlineData("90:00", 5400)]
    [InlineData("12:60", null)]
    [InlineData("1:75:00", null)]
    [InlineData("12", null)]
    [InlineData("0:00", null)]
    [InlineData("mười phút", null)]
    public void Durations_are_read_as_people_write_them(string text, int? seconds) =>
        Assert.Equal(seconds, VideoDuration.Parse(text));
}
