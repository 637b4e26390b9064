using System.Collections;

namespace TuyenGiao.Validation;

/// <summary>
/// What is wrong with a form, in Vietnamese, each message under the name of the field it is about, so the
/// page can show it beside that field. Field names are the domain's own (a property of the record the
/// form fills); <see cref="WholeForm"/> is for a message about no one field. Every domain service that
/// checks input answers with this, and pages put it into ModelState in one way.
/// </summary>
public sealed class FieldErrors : IEnumerable<KeyValuePair<string, string>>
{
    public const string WholeForm = "";

    private readonly Dictionary<string, string> _messages = new(StringComparer.Ordinal);

    public static FieldErrors None => new();

    public static FieldErrors Of(string field, string message) => new() { [field] = message };

    public bool IsEmpty => _messages.Count == 0;

    /// <summary>The message about a field, or null; setting replaces an earlier one, so the last check to fail is shown.</summary>
    public string? this[string field]
    {
        get => _messages.GetValueOrDefault(field);
        set
        {
            if (value is null)
            {
                _messages.Remove(field);
            }
            else
            {
                _messages[field] = value;
            }
        }
    }

    public bool Has(string field) => _messages.ContainsKey(field);

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _messages.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
