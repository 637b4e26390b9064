using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using TuyenGiao.Accounts;

namespace TuyenGiao.Web.Accounts;

/// <summary>Marks the few newsroom pages an account that must enrol a second factor can still open.</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class AllowedBeforeEnrolmentAttribute : Attribute;

/// <summary>
/// An account whose role requires a second factor, and that has none yet, is sent to set one up from
/// every newsroom page and form (nothing it posts elsewhere runs) until it has.
/// </summary>
internal sealed class SecondFactorEnrolment : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        var page = context.ActionDescriptor.HandlerTypeInfo;
        if (user.Identity?.IsAuthenticated == true && SecondFactorSetup.MustEnrol(user)
            && !page.IsDefined(typeof(AllowedBeforeEnrolmentAttribute), inherit: false)
            && context.ActionDescriptor.AreaName == "Admin")
        {
            context.Result = new RedirectToPageResult("/Account/SecondFactor", new { area = "Admin", batbuoc = 1 });
            return;
        }
        await next();
    }
}
