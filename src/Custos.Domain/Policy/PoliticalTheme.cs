namespace Custos.Domain.Policy;

/// <summary>
/// What makes an offence one of opinion rather than of harm: the grounds on which mutual assistance may be refused
/// (UN Model Treaty on Mutual Assistance in Criminal Matters Art. 4(1)(b), (c); INTERPOL Constitution Art. 3).
/// </summary>
public enum PoliticalTheme
{
    /// <summary>Speech: insulting or "discrediting" the state or its leaders, "false information", sedition.</summary>
    Speech,
    /// <summary>Association: membership in, support of or participation in a group the state has banned.</summary>
    Association,
    /// <summary>Religion: blasphemy, apostasy, worship or preaching of a banned faith.</summary>
    Religion,
    /// <summary>Protest: taking part in or organising an assembly.</summary>
    Protest,
    /// <summary>Donations to a group or a cause.</summary>
    Donation,
    /// <summary>"Foreign agent", "undesirable organisation" or foreign-funding laws.</summary>
    ForeignAgent,
    /// <summary>Sexual orientation and gender identity.</summary>
    Sexuality,
    /// <summary>Separatism, self-determination, ethnic or national origin.</summary>
    Separatism,
    /// <summary>Who the person is: journalist, activist, human-rights defender, opposition politician.</summary>
    ProtectedPerson,
}
