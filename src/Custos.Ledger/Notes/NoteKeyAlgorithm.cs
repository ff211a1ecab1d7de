namespace Custos.Ledger.Notes;

/// <summary>Signature type identifier bytes from C2SP signed-note that this library implements.</summary>
public enum NoteKeyAlgorithm : byte
{
    /// <summary>0x01: Ed25519 signatures over the note text.</summary>
    Ed25519 = 0x01,

    /// <summary>0x04: timestamped Ed25519 witness cosignatures (C2SP tlog-cosignature, <c>cosignature/v1</c>).</summary>
    CosignatureV1 = 0x04,
}
