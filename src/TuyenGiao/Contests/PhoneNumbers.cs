namespace TuyenGiao.Contests;

/// <summary>Vietnamese mobile numbers as people type them: "0912 345 678", "+84 912345678", "84-912-345-678".</summary>
public static class PhoneNumbers
{
    /// <summary>The ten digits starting with 0, or null when it is not a Vietnamese mobile number.</summary>
    public static string? Normalise(string? typed)
    {
        if (typed is null || typed.Length > 30)
        {
            return null;
        }
        var digits = new string(typed.Where(char.IsAsciiDigit).ToArray());
        if (typed.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '.' or '-' or '+' or '(' or ')')))
        {
            return null;
        }
        if (digits.StartsWith("84", StringComparison.Ordinal) && digits.Length == 11)
        {
            digits = "0" + digits[2..];
        }
        // Mobile prefixes since 2018: 03, 05, 07, 08, 09.
        return digits.Length == 10 && digits[0] == '0' && digits[1] is '3' or '5' or '7' or '8' or '9' ? digits : null;
    }

    /// <summary>"0912345678" → "09xx xxx 678": enough for a person to recognise their own, not to call them.</summary>
    public static string Mask(string normalised) => $"{normalised[..2]}xx xxx {normalised[^3..]}";
}
