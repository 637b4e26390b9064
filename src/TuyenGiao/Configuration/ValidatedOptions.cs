using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace TuyenGiao.Configuration;

public static class ValidatedOptions
{
    /// <summary>
    /// Binds <typeparamref name="T"/> from <paramref name="section"/>, checks it with
    /// <see cref="SettingsValidator{T}"/> and asks for that check at start, so a wrong value stops the
    /// app before it serves anything rather than when a page first needs it.
    /// </summary>
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, string section)
        where T : class
    {
        services.AddSingleton<IValidateOptions<T>>(provider => new SettingsValidator<T>(provider.GetRequiredService<IConfiguration>(), section, provider));
        return services.AddOptions<T>()
            .Configure<IConfiguration>((options, configuration) => SettingsBinder.Bind(configuration, section, options))
            .ValidateOnStart();
    }

    /// <summary>
    /// The settings a registration must decide on before any service exists (whether to add a service at
    /// all), read with the same binder; the validator still checks them at start.
    /// </summary>
    public static T ReadSettings<T>(this IConfiguration configuration, string section)
        where T : class, new()
    {
        var options = new T();
        SettingsBinder.Bind(configuration, section, options);
        return options;
    }
}
