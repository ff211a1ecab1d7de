using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Storage;

/// <summary>Mapping of agencies, officers, requests and policy versions to the schema of <c>0003_intake.sql</c>.</summary>
internal static class IntakeModel
{
    public static void Map(ModelBuilder modelBuilder, bool sqlite)
    {
        modelBuilder.Entity<AgencyRecord>(e =>
        {
            e.ToTable("agencies");
            e.HasKey(a => a.Id);
            e.Property(a => a.Id).HasColumnName("id");
            e.Property(a => a.Name).HasColumnName("name");
            e.Property(a => a.Country).HasColumnName("country");
            e.Property(a => a.Type).HasColumnName("type");
            e.Property(a => a.Verification).HasColumnName("verification");
            e.Property(a => a.VerificationMethod).HasColumnName("verification_method");
            e.Property(a => a.VerificationNote).HasColumnName("verification_note");
            e.Property(a => a.VerifiedBy).HasColumnName("verified_by");
            CustosDbContext.Timestamp(e.Property(a => a.VerifiedAt).HasColumnName("verified_at"), sqlite);
            e.Property(a => a.ReputationFlags).HasColumnName("reputation_flags");
            e.Property(a => a.CertificatePem).HasColumnName("certificate_pem");
            e.Property(a => a.CertificateThumbprint).HasColumnName("certificate_thumbprint");
            CustosDbContext.Timestamp(e.Property(a => a.CertificateNotAfter).HasColumnName("certificate_not_after"), sqlite);
            CustosDbContext.Timestamp(e.Property(a => a.CreatedAt).HasColumnName("created_at"), sqlite);
            e.Property(a => a.CreatedBy).HasColumnName("created_by");
            e.HasMany(a => a.Domains).WithOne().HasForeignKey(d => d.AgencyId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<AgencyDomainRecord>(e =>
        {
            e.ToTable("agency_domains");
            e.HasKey(d => d.Domain);
            e.Property(d => d.Domain).HasColumnName("domain");
            e.Property(d => d.AgencyId).HasColumnName("agency_id");
        });

        modelBuilder.Entity<OfficerRecord>(e =>
        {
            e.ToTable("agency_officers");
            e.HasKey(o => o.Id);
            e.Property(o => o.Id).HasColumnName("id");
            e.Property(o => o.AgencyId).HasColumnName("agency_id");
            e.Property(o => o.Name).HasColumnName("name");
            e.Property(o => o.Title).HasColumnName("title");
            e.Property(o => o.Email).HasColumnName("email");
            e.HasIndex(o => o.Email).IsUnique();
            e.Property(o => o.Phone).HasColumnName("phone");
            e.Property(o => o.PasswordHash).HasColumnName("password_hash");
            e.Property(o => o.Status).HasColumnName("status");
            CustosDbContext.Timestamp(e.Property(o => o.CreatedAt).HasColumnName("created_at"), sqlite);
            CustosDbContext.Timestamp(e.Property(o => o.ActivatedAt).HasColumnName("activated_at"), sqlite);
            e.HasOne<AgencyRecord>().WithMany().HasForeignKey(o => o.AgencyId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<RequestRecord>(e =>
        {
            e.ToTable("requests");
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).HasColumnName("id");
            e.Property(r => r.AgencyId).HasColumnName("agency_id");
            e.Property(r => r.OfficerId).HasColumnName("officer_id");
            e.Property(r => r.Reference).HasColumnName("reference");
            e.Property(r => r.Channel).HasColumnName("channel");
            e.Property(r => r.Kind).HasColumnName("kind");
            e.Property(r => r.Status).HasColumnName("status");
            e.Property(r => r.Informal).HasColumnName("informal");
            CustosDbContext.Timestamp(e.Property(r => r.ReceivedAt).HasColumnName("received_at"), sqlite);
            e.Property(r => r.SubmittedBy).HasColumnName("submitted_by");
            e.Property(r => r.Payload).HasColumnName("payload");
            e.Property(r => r.PolicyVersion).HasColumnName("policy_version");
            e.Property(r => r.Scrutiny).HasColumnName("scrutiny");
            e.Property(r => r.Recommendation).HasColumnName("recommendation");
            e.Property(r => r.RiskTier).HasColumnName("risk_tier");
            CustosDbContext.Timestamp(e.Property(r => r.Deadline).HasColumnName("deadline"), sqlite);
            CustosDbContext.Timestamp(e.Property(r => r.CreatedAt).HasColumnName("created_at"), sqlite);
            CustosDbContext.Timestamp(e.Property(r => r.UpdatedAt).HasColumnName("updated_at"), sqlite);
            e.Property(r => r.RowVersion).HasColumnName("row_version").IsConcurrencyToken();
            e.HasOne<AgencyRecord>().WithMany().HasForeignKey(r => r.AgencyId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<OfficerRecord>().WithMany().HasForeignKey(r => r.OfficerId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<RequestTargetRecord>(e =>
        {
            e.ToTable("request_targets");
            e.HasKey(t => new { t.RequestId, t.Position });
            e.Property(t => t.RequestId).HasColumnName("request_id");
            e.Property(t => t.Position).HasColumnName("position");
            e.Property(t => t.Type).HasColumnName("type");
            e.Property(t => t.Value).HasColumnName("value");
            e.Property(t => t.Role).HasColumnName("role");
            e.Property(t => t.Match).HasColumnName("match");
            e.Property(t => t.Reach).HasColumnName("reach");
            e.Property(t => t.Sample).HasColumnName("sample");
            e.Property(t => t.Explanation).HasColumnName("explanation");
            CustosDbContext.Timestamp(e.Property(t => t.ResolvedAt).HasColumnName("resolved_at"), sqlite);
            e.HasOne<RequestRecord>().WithMany().HasForeignKey(t => t.RequestId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<RequestDocumentRecord>(e =>
        {
            e.ToTable("request_documents");
            e.HasKey(d => d.Id);
            e.Property(d => d.Id).HasColumnName("id");
            e.Property(d => d.RequestId).HasColumnName("request_id");
            e.Property(d => d.Name).HasColumnName("name");
            e.Property(d => d.MediaType).HasColumnName("media_type");
            e.Property(d => d.SizeBytes).HasColumnName("size_bytes");
            e.Property(d => d.Sha256).HasColumnName("sha256");
            e.Property(d => d.Content).HasColumnName("content");
            CustosDbContext.Timestamp(e.Property(d => d.UploadedAt).HasColumnName("uploaded_at"), sqlite);
            e.Property(d => d.UploadedBy).HasColumnName("uploaded_by");
            e.HasOne<RequestRecord>().WithMany().HasForeignKey(d => d.RequestId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<RequestMessageRecord>(e =>
        {
            e.ToTable("request_messages");
            e.HasKey(m => m.Id);
            e.Property(m => m.Id).HasColumnName("id");
            e.Property(m => m.RequestId).HasColumnName("request_id");
            e.Property(m => m.Kind).HasColumnName("kind");
            e.Property(m => m.Author).HasColumnName("author");
            e.Property(m => m.FromAgency).HasColumnName("from_agency");
            e.Property(m => m.Body).HasColumnName("body");
            CustosDbContext.Timestamp(e.Property(m => m.SentAt).HasColumnName("sent_at"), sqlite);
            e.HasOne<RequestRecord>().WithMany().HasForeignKey(m => m.RequestId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<RequestTransitionRecord>(e =>
        {
            e.ToTable("request_transitions");
            e.HasKey(t => new { t.RequestId, t.Seq });
            e.Property(t => t.RequestId).HasColumnName("request_id");
            e.Property(t => t.Seq).HasColumnName("seq");
            e.Property(t => t.FromStatus).HasColumnName("from_status");
            e.Property(t => t.Trigger).HasColumnName("trigger");
            e.Property(t => t.ToStatus).HasColumnName("to_status");
            e.Property(t => t.Actor).HasColumnName("actor");
            e.Property(t => t.Reason).HasColumnName("reason");
            CustosDbContext.Timestamp(e.Property(t => t.OccurredAt).HasColumnName("occurred_at"), sqlite);
            e.HasOne<RequestRecord>().WithMany().HasForeignKey(t => t.RequestId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<IdempotencyRecord>(e =>
        {
            e.ToTable("idempotency_keys");
            e.HasKey(k => new { k.Principal, k.Key });
            e.Property(k => k.Principal).HasColumnName("principal");
            e.Property(k => k.Key).HasColumnName("key");
            e.Property(k => k.RequestHash).HasColumnName("request_hash");
            e.Property(k => k.RequestId).HasColumnName("request_id");
            CustosDbContext.Timestamp(e.Property(k => k.CreatedAt).HasColumnName("created_at"), sqlite);
            e.HasOne<RequestRecord>().WithMany().HasForeignKey(k => k.RequestId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<PolicyVersionRecord>(e =>
        {
            e.ToTable("policy_versions");
            e.HasKey(p => p.Version);
            e.Property(p => p.Version).HasColumnName("version");
            e.Property(p => p.Sha256).HasColumnName("sha256");
            e.Property(p => p.Content).HasColumnName("content");
            e.Property(p => p.IsActive).HasColumnName("is_active");
            CustosDbContext.Timestamp(e.Property(p => p.InstalledAt).HasColumnName("installed_at"), sqlite);
            e.Property(p => p.InstalledBy).HasColumnName("installed_by");
        });
    }
}
