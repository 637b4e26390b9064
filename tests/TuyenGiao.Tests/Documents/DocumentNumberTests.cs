using TuyenGiao.Documents;

namespace TuyenGiao.Tests.Documents;

public sealed class DocumentNumberTests
{
    [Theory]
    [InlineData("45-NQ/TW")]
    [InlineData("45 nq tw")]
    [InlineData("45-nq/tw")]
    [InlineData("45/NQ-TW")]
    [InlineData(" 45 - NQ / TW ")]
    public void Every_way_people_type_a_number_has_one_key(string typed)
    {
        Assert.Equal("45NQTW", DocumentNumber.Key(typed));
    }

    [Fact]
    public void Letters_with_tones_fold_into_the_key()
    {
        Assert.Equal("12KHBTGTU", DocumentNumber.Key("12-KH/BTGTƯ"));
    }
}
