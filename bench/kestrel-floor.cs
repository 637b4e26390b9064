// The floor under the portal's cached page: Kestrel alone, no middleware and no logging, writing a page's
// bytes from memory. bench/floor.sh runs it beside nginx and the portal.
//   dotnet run bench/kestrel-floor.cs -- page.html http://127.0.0.1:port
#:sdk Microsoft.NET.Sdk.Web
var page = File.ReadAllBytes(args[0]);
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
var app = builder.Build();
app.Run(async context =>
{
    context.Response.ContentType = "text/html; charset=utf-8";
    context.Response.ContentLength = page.Length;
    await context.Response.Body.WriteAsync(page);
});
app.Run(args[1]);
