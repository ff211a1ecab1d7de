namespace Custos.Application.Customers.Files;

/// <summary>
/// One independently readable part of a data set (a CSV file, or a whole JSON file): <see cref="Read"/> hands each
/// record that passes its field checks to the sink with the line of its key and returns the part's own session.
/// </summary>
internal sealed record StreamPart(string Name, long Bytes, Func<Action<object, long>, ReadSession> Read);
