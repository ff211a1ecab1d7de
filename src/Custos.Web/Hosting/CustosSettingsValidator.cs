using Custos.Domain.Common;
using Microsoft.Extensions.Options;

namespace Custos.Web.Hosting;

/// <summary>Checks <see cref="CustosSettings"/> once, at start, naming each setting that is wrong and why.</summary>
public sealed class CustosSettingsValidator : IValidateOptions<CustosSettings>
{
    public ValidateOptionsResult Validate(string? name, CustosSettings options)
    {
        var result = CustosHostOptions.From(options);
        return result.IsSuccess ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(result.Errors.Select(e => e.ToString()));
    }
}
