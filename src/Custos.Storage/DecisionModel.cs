using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Storage;

/// <summary>Mapping of votes, request decisions, productions, emergency calls and preservations to the schema of <c>0008_decisions.sql</c>, preservation snapshots (<c>0010_preservation_snapshots.sql</c>) and customer notices (<c>0011_customer_notices.sql</c>).</summary>
internal static class DecisionModel
{
    public static void Map(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<VoteRecord>(e =>
        {
            e.ToTable("votes");
            e.HasKey(v => v.Id);
            e.HasOne<RequestRecord>().WithMany().HasForeignKey(v => v.RequestId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<VoteItemRecord>(e =>
        {
            e.ToTable("vote_items");
            e.HasKey(i => new { i.VoteId, i.Position });
            e.HasOne<VoteRecord>().WithMany().HasForeignKey(i => i.VoteId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<RequestDecisionRecord>(e =>
        {
            e.ToTable("request_decisions");
            e.HasKey(d => d.Id);
            e.HasOne<RequestRecord>().WithMany().HasForeignKey(d => d.RequestId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<ProductionRecord>(e =>
        {
            e.ToTable("productions");
            e.HasKey(p => p.Id);
            e.Property(p => p.ManifestSha256).HasColumnName("manifest_sha256");
            e.Property(p => p.RowVersion).IsConcurrencyToken();
            e.HasOne<RequestRecord>().WithMany().HasForeignKey(p => p.RequestId).OnDelete(DeleteBehavior.Restrict);
            // The production.created event is staged on the same unit of work: EF writes it first and puts its id here.
            e.HasOne<LedgerEventRecord>().WithMany().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<EmergencyCallRecord>(e =>
        {
            e.ToTable("emergency_calls");
            e.HasKey(c => c.Id);
            e.HasOne<RequestRecord>().WithMany().HasForeignKey(c => c.RequestId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<PreservationRecord>(e =>
        {
            e.ToTable("preservations");
            e.HasKey(p => p.Id);
            e.Property(p => p.RowVersion).IsConcurrencyToken();
            e.HasOne<RequestRecord>().WithMany().HasForeignKey(p => p.RequestId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<CustomerNoticeRecord>(e =>
        {
            e.ToTable("customer_notices");
            e.HasKey(n => n.Id);
            e.Property(n => n.RowVersion).IsConcurrencyToken();
            e.HasOne<RequestRecord>().WithMany().HasForeignKey(n => n.RequestId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<ProductionRecord>().WithMany().HasForeignKey(n => n.ProductionId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<PreservationSnapshotRecord>(e =>
        {
            e.ToTable("preservation_snapshots");
            e.HasKey(s => new { s.PreservationId, s.Target, s.Category });
            e.Property(s => s.Sha256).HasColumnName("sha256");
            e.HasOne<PreservationRecord>().WithMany().HasForeignKey(s => s.PreservationId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
