using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Accounts;
using TuyenGiao.Tests.Support;

namespace TuyenGiao.Tests.Accounts;

/// <summary>Counts the password checks the app makes: the work a sign-in does, whatever the clock says.</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<PortalUser>
{
    private readonly PasswordHasher<PortalUser> _real = new();
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public string HashPassword(PortalUser user, string password) => _real.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(PortalUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _real.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

public sealed class CountingHasherPortal : PortalFactory
{
    public CountingPasswordHasher Hasher { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<PortalUser>>(Hasher));
    }
}

/// <summary>Sign-in tells a stranger nothing about which addresses have accounts: same answer, same work.</summary>
public sealed class SignInDisclosureTests(CountingHasherPortal portal) : IClassFixture<CountingHasherPortal>
{
    private async Task<(string Text, int Checks)> RefusalAsync(string email, string password)
    {
        var before = portal.Hasher.Verifications;
        using var response = await portal.Browser().SignInAsync(email, password);
        var page = await HtmlPage.FromResponseAsync(response);
        return (page.Text(".problems"), portal.Hasher.Verifications - before);
    }

    [Fact]
    public async Task An_unknown_address_a_wrong_password_a_locked_and_a_disabled_account_look_and_cost_the_same()
    {
        var wrongPassword = await portal.CreateAccountAsync(Roles.Editor);
        var locked = await portal.CreateAccountAsync(Roles.Editor);
        for (var i = 0; i < 5; i++)
        {
            await RefusalAsync(locked, "SaiMatKhau123");
        }
        var disabled = await portal.CreateAccountAsync(Roles.Editor);
        await portal.WithUsersAsync(async users =>
        {
            var user = (await users.FindByEmailAsync(disabled))!;
            return await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        });

        var answers = new[]
        {
            await RefusalAsync($"khong-co-{Guid.NewGuid():N}@example.vn", "SaiMatKhau123"),
            await RefusalAsync(wrongPassword, "SaiMatKhau123"),
            await RefusalAsync(locked, Newsroom.Password),
            await RefusalAsync(disabled, Newsroom.Password),
        };

        Assert.All(answers, answer => Assert.Equal((NewsroomSignIn.Refused, 1), answer));
    }

    [Fact]
    public async Task Five_wrong_passwords_on_an_unknown_address_answer_as_on_a_real_one()
    {
        var real = await portal.CreateAccountAsync(Roles.Editor);
        var unknown = $"khong-co-{Guid.NewGuid():N}@example.vn";
        var realAnswers = new List<string>();
        var unknownAnswers = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            realAnswers.Add((await RefusalAsync(real, "SaiMatKhau123")).Text);
            unknownAnswers.Add((await RefusalAsync(unknown, "SaiMatKhau123")).Text);
        }

        Assert.Equal(realAnswers, unknownAnswers);
    }
}
