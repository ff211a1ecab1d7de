using Microsoft.Win32.SafeHandles;

namespace Custos.Ledger.Bench.OpenSsl;

/// <summary>An OpenSSL EVP_PKEY, freed with EVP_PKEY_free. Safe to share across threads for signing and verifying.</summary>
internal sealed class EvpPKeyHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public EvpPKeyHandle(nint handle)
        : base(ownsHandle: true) => SetHandle(handle);

    protected override bool ReleaseHandle()
    {
        OpenSslEd25519.FreeKey(handle);
        return true;
    }
}
