using Microsoft.Extensions.DependencyInjection;

namespace TuyenGiao.Audit;

public static class AuditServices
{
    /// <summary>Who did what in the newsroom; every feature's changes write to it in their own save.</summary>
    public static IServiceCollection AddAuditLog(this IServiceCollection services) => services.AddScoped<AuditLog>();
}
