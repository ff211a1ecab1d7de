using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Storage;

/// <summary>Mapping of agencies, officers, requests and policy versions to the schema of <c>0003_intake.sql</c>.</summary>
internal static class IntakeModel
{
    public static void Map(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AgencyRecord>(e =>
        {
            e.ToTable("agencies");
            e.HasKey(a => a.Id);
            e.HasMany(a => a.Domains).WithOne().HasForeignKey(d => d.AgencyId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<AgencyDomainRecord>(e =>
        {
            e.ToTable("agency_domains");
            e.HasKey(d => d.Domain);
        });

        modelBuilder.Entity<OfficerRecord>(e =>
        {
            e.ToTable("agency_officers");
            e.HasKey(o => o.Id);
            e.HasIndex(o => o.Email).IsUnique();
            e.HasOne<AgencyRecord>().WithMany().HasForeignKey(o => o.AgencyId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<RequestRecord>(e =>
        {
            e.ToTable("requests");
            e.HasKey(r => r.Id);
            e.Property(r => r.RowVersion).IsConcurrencyToken();
            e.HasOne<AgencyRecord>().WithMany().HasForeignKey(r => r.AgencyId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<OfficerRecord>().WithMany().HasForeignKey(r => r.OfficerId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<RequestTargetRecord>(e =>
        {
            e.ToTable("request_targets");
            e.HasKey(t => new { t.RequestId, t.Position });
            e.HasOne<RequestRecord>().WithMany().HasForeignKey(t => t.RequestId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<RequestDocumentRecord>(e =>
        {
            e.ToTable("request_documents");
            e.HasKey(d => d.Id);
            e.HasOne<RequestRecord>().WithMany().HasForeignKey(d => d.RequestId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<RequestMessageRecord>(e =>
        {
            e.ToTable("request_messages");
            e.HasKey(m => m.Id);
            e.HasOne<RequestRecord>().WithMany().HasForeignKey(m => m.RequestId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<RequestTransitionRecord>(e =>
        {
            e.ToTable("request_transitions");
            e.HasKey(t => new { t.RequestId, t.Seq });
            e.HasOne<RequestRecord>().WithMany().HasForeignKey(t => t.RequestId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<IdempotencyRecord>(e =>
        {
            e.ToTable("idempotency_keys");
            e.HasKey(k => new { k.Principal, k.Key });
            e.HasOne<RequestRecord>().WithMany().HasForeignKey(k => k.RequestId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<TrustChangeRecord>(e =>
        {
            e.ToTable("trust_changes");
            e.HasKey(t => t.Id);
            e.Property(t => t.RowVersion).IsConcurrencyToken();
            e.HasOne<AgencyRecord>().WithMany().HasForeignKey(t => t.AgencyId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<PolicyVersionRecord>(e =>
        {
            e.ToTable("policy_versions");
            e.HasKey(p => p.Version);
        });
    }
}
