using System.Globalization;
using System.Text;

namespace Custos.Domain.Customers;

/// <summary>
/// The text a customer is found by in the console: names in both scripts, e-mail, phone and account id, folded the
/// same way as the query (invariant lower case, diacritics removed, white space collapsed). Culture-free, so that
/// "İSTANBUL" and "istanbul" fold alike on every machine.
/// </summary>
public static class CustomerSearchText
{
    public static string For(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return Fold(string.Join(
            ' ',
            new[] { customer.AccountId, customer.GivenName, customer.FamilyName, customer.NativeName, customer.Email, customer.Phone }
                .Where(s => !string.IsNullOrWhiteSpace(s))));
    }

    /// <summary>Folds a query or a field for comparison.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            builder.Append(c == 'ı' ? 'i' : char.ToLowerInvariant(c));
            lastWasSpace = false;
        }

        return builder.ToString().TrimEnd().Normalize(NormalizationForm.FormC);
    }
}
