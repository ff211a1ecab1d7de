namespace Custos.Domain.Policy;

/// <summary>
/// Coarse classes of writing systems, as bits: a term can only occur in a text that holds a character of the class of
/// its first character, so most terms of other languages are ruled out without a search.
/// </summary>
[Flags]
public enum ScriptClass
{
    None = 0,
    Digit = 1,
    Latin = 2,
    Greek = 4,
    Cyrillic = 8,
    Armenian = 16,
    Hebrew = 32,
    Arabic = 64,
    Indic = 128,
    Thai = 256,
    Georgian = 512,
    Hangul = 1024,
    Cjk = 2048,
    Other = 4096,
}
