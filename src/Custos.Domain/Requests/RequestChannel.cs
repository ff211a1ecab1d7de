namespace Custos.Domain.Requests;

/// <summary>How a demand reached the platform (kebab-case in files: <c>in-person</c>).</summary>
public enum RequestChannel
{
    Portal,
    Api,
    Email,
    Post,
    InPerson,
    Phone,
}
