namespace Custos.Ledger.Notes;

/// <summary>One signature line of a signed note: <c>— &lt;name&gt; base64(key id ‖ signature)</c>.</summary>
/// <param name="KeyName">The key name.</param>
/// <param name="KeyId">The 32-bit key id (big-endian in the encoding).</param>
/// <param name="Signature">The signature bytes after the key id.</param>
public sealed record NoteSignature(string KeyName, uint KeyId, byte[] Signature)
{
    /// <summary>The signature line without its final newline.</summary>
    /// <returns>The line.</returns>
    public string FormatLine()
    {
        var bytes = new byte[4 + Signature.Length];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(bytes, KeyId);
        Signature.CopyTo(bytes, 4);
        return $"\u2014 {KeyName} {Convert.ToBase64String(bytes)}";
    }
}
