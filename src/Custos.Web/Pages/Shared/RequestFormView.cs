using Custos.Domain.Common;

namespace Custos.Web.Pages.Shared;

/// <summary>What the request form partial needs: the values typed so far, where it is used, and the errors to show.</summary>
public sealed record RequestFormView(RequestFormInput Input, bool Analyst, IReadOnlyList<Error> Errors, IReadOnlyList<(string Id, string Name)> Agencies)
{
    /// <summary>The messages of the errors that belong to <paramref name="field"/>.</summary>
    public IEnumerable<string> ErrorsFor(string field) =>
        Errors.Where(e => RequestFormInput.FieldFor(e.Field) == field).Select(e => e.Message);

    /// <summary>Errors no field claims (shown at the top).</summary>
    public IEnumerable<Error> General(IEnumerable<string> fields) =>
        Errors.Where(e => !fields.Contains(RequestFormInput.FieldFor(e.Field), StringComparer.Ordinal));
}
