using Custos.Application.Ledger;
using Custos.Ledger.Notes;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Custos.Web.Pages.Audit;

/// <summary>The ledger's status: the published checkpoint, whether it verifies, what waits, the latest events.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class LedgerModel(LedgerReader reader) : PageModel
{
    public LedgerHead? Head { get; private set; }
    public string VerifierKey { get; private set; } = string.Empty;
    public bool CheckpointValid { get; private set; }
    public int Unsequenced { get; private set; }
    public IReadOnlyList<LedgerEventSummary> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var status = await reader.StatusAsync(cancellationToken: cancellationToken);
        Head = status.Head;
        VerifierKey = reader.VerifierKey.Format();
        if (Head is not null)
        {
            var note = SignedNote.Parse(Head.CheckpointNote);
            CheckpointValid = note.IsSuccess && note.Value.Verify([reader.VerifierKey]).IsSuccess;
        }

        Unsequenced = status.Unsequenced;
        Recent = status.Recent;
    }
}
