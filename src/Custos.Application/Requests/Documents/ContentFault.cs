namespace Custos.Application.Requests.Documents;

/// <summary>
/// Why a document's content is not what its declared type says, in words that follow "… is declared as a PNG image but is
/// not one: ". <see cref="OverLimit"/> marks an archive refused for what it unpacks to rather than for what it is.
/// </summary>
internal sealed record ContentFault(string Reason, bool OverLimit = false)
{
    public static ContentFault Limit(string reason) => new(reason, OverLimit: true);
}
