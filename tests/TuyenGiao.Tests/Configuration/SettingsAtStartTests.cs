using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Configuration;

/// <summary>A wrong setting stops the start with one line an operator can act on: the key, the value, what is allowed.</summary>
public sealed class SettingsAtStartTests : DataFolderTest
{
    public static TheoryData<string, string, string> WrongValues => new()
    {
        { "Caching__PageSeconds", "0", "Cấu hình không hợp lệ: Caching:PageSeconds = \"0\": phải là số giây từ 1 đến 86400." },
        { "Caching__PageSeconds", "một phút", "Cấu hình không hợp lệ: Caching:PageSeconds = \"một phút\": phải là một số nguyên." },
        { "Counters__Enabled", "có", "Cấu hình không hợp lệ: Counters:Enabled = \"có\": phải là true hoặc false." },
        { "Database__Provider", "Postgres", "Cấu hình không hợp lệ: Database:Provider = \"Postgres\": phải là một trong: Sqlite, SqlServer." },
        { "Database__Provider", "SqlServer", "Cấu hình không hợp lệ: ConnectionStrings:Portal (chưa đặt): phải đặt khi Database:Provider là SqlServer." },
        { "Caching__PageSecond", "30", "Cấu hình không hợp lệ: Caching:PageSecond: không có thiết lập này; mục Caching có: Enabled, PageSeconds." },
        { "Sitemap__UrlsPerFile", "60000", "Cấu hình không hợp lệ: Sitemap:UrlsPerFile = \"60000\": phải là số địa chỉ mỗi tệp từ 1 đến 50000." },
        { "ReverseProxy__KnownNetworks", "172.16.0.0/12, 10.0.0.0/33", "Cấu hình không hợp lệ: ReverseProxy:KnownNetworks = \"172.16.0.0/12, 10.0.0.0/33\": “10.0.0.0/33” không phải một dải địa chỉ CIDR (ví dụ 172.16.0.0/12)." },
        { "Site__PublicUrl", "", "Cấu hình không hợp lệ: Site:PublicUrl (chưa đặt): phải đặt ở môi trường Production: các liên kết tuyệt đối (RSS, sitemap, xem trước liên kết) lấy từ đây, ví dụ https://tuyengiao.tinh.gov.vn." },
        { "Site__PublicUrl", "ftp://tuyengiao.tinh.gov.vn", "Cấu hình không hợp lệ: Site:PublicUrl = \"ftp://tuyengiao.tinh.gov.vn\": phải là một địa chỉ http hoặc https đầy đủ, ví dụ https://tuyengiao.tinh.gov.vn." },
        { "Counters__VisitorSecret", "bí-mật", "Cấu hình không hợp lệ: Counters:VisitorSecret (giá trị bí mật, không in ra): phải là base64 của ít nhất 16 byte (ví dụ: openssl rand -base64 32)." },
    };

    [Theory]
    [MemberData(nameof(WrongValues))]
    public async Task A_wrong_value_stops_the_start_with_one_line_naming_the_key_the_value_and_what_is_allowed(string variable, string value, string line)
    {
        var (exitCode, output) = await AppProcess.RunAsync(DataFolder, new Dictionary<string, string> { [variable] = value });

        Assert.Equal(1, exitCode);
        Assert.Equal(line, output.Trim());
        // Stopped before it touched anything: no database was made.
        Assert.False(File.Exists(Path.Combine(DataFolder, "tuyengiao.db")));
    }

    [Fact]
    public async Task Several_wrong_values_are_each_named_on_a_line_of_their_own()
    {
        var (exitCode, output) = await AppProcess.RunAsync(DataFolder, new Dictionary<string, string>
        {
            ["Feedback__RateWindowSeconds"] = "-5",
            ["Publishing__CheckSeconds"] = "0",
        });

        Assert.Equal(1, exitCode);
        Assert.Equal(
            [
                "Cấu hình không hợp lệ: Feedback:RateWindowSeconds = \"-5\": phải là số giây từ 1 đến 86400.",
                "Cấu hình không hợp lệ: Publishing:CheckSeconds = \"0\": phải là số giây từ 1 đến 86400.",
            ],
            output.Trim().Split('\n').Order(StringComparer.Ordinal));
    }
}
