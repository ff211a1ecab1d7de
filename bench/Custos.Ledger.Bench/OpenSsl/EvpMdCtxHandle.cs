using Microsoft.Win32.SafeHandles;

namespace Custos.Ledger.Bench.OpenSsl;

/// <summary>An OpenSSL EVP_MD_CTX, freed with EVP_MD_CTX_free. Used by one operation on one thread, then freed.</summary>
internal sealed class EvpMdCtxHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public EvpMdCtxHandle(nint handle)
        : base(ownsHandle: true) => SetHandle(handle);

    protected override bool ReleaseHandle()
    {
        OpenSslEd25519.FreeContext(handle);
        return true;
    }
}
