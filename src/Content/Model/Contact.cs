namespace VbeKnowledge.Content.Model;

/// <summary>
/// A role staff may need to reach, from content/_data/contacts.yml: who, where, when, which source says so, and
/// either a phone number a source gives or where staff find the number when no source gives one.
/// </summary>
public sealed record Contact(
    string Id, string Role, string Unit, string? Phone, string? Hours, SourceReference Source, string? WhereToFind)
{
    /// <summary>The number for a <c>tel:</c> link: the digits, with a leading '+' kept (<c>08-123 45</c> → <c>0812345</c>).</summary>
    public string? TelNumber => Phone is null ? null : (Phone.StartsWith('+') ? "+" : "") + new string(Phone.Where(char.IsAsciiDigit).ToArray());
}

/// <summary>Front matter of a routine: the short "Gör så här nu" steps and the contacts the page names.</summary>
public sealed record RoutineDetails(IReadOnlyList<string> Now, IReadOnlyList<string> Contacts);
