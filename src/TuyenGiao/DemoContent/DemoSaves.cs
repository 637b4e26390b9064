using TuyenGiao.Validation;

namespace TuyenGiao.DemoContent;

/// <summary>Demo content goes through the same checks as a person's input; one it fails is a mistake in demo-content.json.</summary>
internal static class DemoSaves
{
    public static void Check(FieldErrors errors, string what)
    {
        if (!errors.IsEmpty)
        {
            throw new InvalidOperationException($"Demo '{what}': {string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value}"))}");
        }
    }

    public static void Check(bool done, string what)
    {
        if (!done)
        {
            throw new InvalidOperationException($"Demo '{what}' was not taken.");
        }
    }
}
