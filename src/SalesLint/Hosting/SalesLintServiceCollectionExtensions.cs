using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SalesLint.Engine;
using SalesLint.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers SalesLint in a service collection.</summary>
public static class SalesLintServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SalesLintService"/> and its <see cref="SalesLintEngine"/> as singletons built from
    /// <see cref="SalesLintOptions"/> (configured here, or bound from configuration), checked when the host starts.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options; <see langword="null"/> to keep the defaults or configuration binding.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddSalesLint(this IServiceCollection services, Action<SalesLintOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<SalesLintOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SalesLintOptions>, SalesLintOptionsValidator>());
        services.TryAddSingleton(provider => new SalesLintService(
            provider.GetRequiredService<IOptions<SalesLintOptions>>(),
            (provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger<SalesLintService>()));
        services.TryAddSingleton(provider => provider.GetRequiredService<SalesLintService>().Engine);
        return services;
    }
}
