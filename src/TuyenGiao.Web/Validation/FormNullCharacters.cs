namespace TuyenGiao.Web.Validation;

/// <summary>
/// A U+0000 pasted into a field arrives as <c>%00</c> in a form post, and the framework's form reader
/// refuses the whole form for it: a 400, and everything the person typed is gone. This takes the
/// <c>%00</c> out of a URL-encoded form before anything reads it, so the form arrives whole, minus a
/// character that means nothing in text (the model binders drop the other unusable ones).
/// </summary>
public static class FormNullCharacters
{
    // The longest form read into memory for this; forms are far smaller (an article body is 100,000 characters at most).
    private const long MaxBytes = 8 * 1024 * 1024;

    public static IApplicationBuilder UseFormsWithoutNullCharacters(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (HttpMethods.IsPost(request.Method)
                && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true
                && request.ContentLength is > 0 and <= MaxBytes)
            {
                var body = new byte[request.ContentLength.Value];
                await request.Body.ReadExactlyAsync(body, context.RequestAborted);
                var kept = WithoutEncodedNulls(body);
                request.Body = new MemoryStream(body, 0, kept, writable: false);
                request.ContentLength = kept;
            }
            await next(context);
        });

    /// <summary>Moves every byte but the runs <c>%00</c> to the front, in place; answers how many are kept.</summary>
    private static int WithoutEncodedNulls(byte[] body)
    {
        var kept = 0;
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '%' && i + 2 < body.Length && body[i + 1] == '0' && body[i + 2] == '0')
            {
                i += 2;
                continue;
            }
            body[kept++] = body[i];
        }
        return kept;
    }
}
