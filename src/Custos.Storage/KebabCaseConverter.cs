using Custos.Domain.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Custos.Storage;

/// <summary>Stores an enum as its kebab-case text through <see cref="KebabCase"/>, the spelling files, JSON and pages use too.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
public sealed class KebabCaseConverter<TEnum>() : ValueConverter<TEnum, string>(v => KebabCase.Format(v), v => KebabCase.Parse<TEnum>(v))
    where TEnum : struct, Enum;
