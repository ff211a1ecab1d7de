using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Storage;

/// <summary>Mapping of Custos's own records (staff, keys, imports, events) to the schema.</summary>
internal static class StorageModel
{
    public static void MapRecords(ModelBuilder modelBuilder, bool sqlite)
    {
        modelBuilder.Entity<CustomerImportRecord>(e =>
        {
            e.ToTable("customer_imports");
            e.HasKey(i => i.Id);
            e.Property(i => i.Id).HasColumnName("id");
            CustosDbContext.Timestamp(e.Property(i => i.StartedAt).HasColumnName("started_at"), sqlite);
            CustosDbContext.Timestamp(e.Property(i => i.FinishedAt).HasColumnName("finished_at"), sqlite);
            e.Property(i => i.Source).HasColumnName("source");
            e.Property(i => i.ImportedBy).HasColumnName("imported_by");
            e.Property(i => i.ReplacedAll).HasColumnName("replaced_all");
            e.Property(i => i.Customers).HasColumnName("customers");
            e.Property(i => i.ResidencePermits).HasColumnName("residence_permits");
            e.Property(i => i.KycDocuments).HasColumnName("kyc_documents");
            e.Property(i => i.Wallets).HasColumnName("wallets");
            e.Property(i => i.Transactions).HasColumnName("transactions");
            e.Property(i => i.Logins).HasColumnName("logins");
            e.Property(i => i.Holdings).HasColumnName("holdings");
            e.Property(i => i.FileHashes).HasColumnName("file_hashes");
        });

        modelBuilder.Entity<StaffUserRecord>(e =>
        {
            e.ToTable("staff_users");
            e.HasKey(u => u.Id);
            e.Property(u => u.Id).HasColumnName("id");
            e.Property(u => u.Username).HasColumnName("username");
            e.HasIndex(u => u.Username).IsUnique();
            e.Property(u => u.DisplayName).HasColumnName("display_name");
            e.Property(u => u.Email).HasColumnName("email");
            e.Property(u => u.Region).HasColumnName("region");
            e.Property(u => u.PasswordHash).HasColumnName("password_hash");
            e.Property(u => u.IsDisabled).HasColumnName("is_disabled");
            CustosDbContext.Timestamp(e.Property(u => u.CreatedAt).HasColumnName("created_at"), sqlite);
            CustosDbContext.Timestamp(e.Property(u => u.PasswordChangedAt).HasColumnName("password_changed_at"), sqlite);
            e.HasMany(u => u.Roles).WithOne().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<StaffRoleRecord>(e =>
        {
            e.ToTable("staff_roles");
            e.HasKey(r => new { r.UserId, r.Role });
            e.Property(r => r.UserId).HasColumnName("user_id");
            e.Property(r => r.Role).HasColumnName("role");
        });

        modelBuilder.Entity<ApiKeyRecord>(e =>
        {
            e.ToTable("api_keys");
            e.HasKey(k => k.Id);
            e.Property(k => k.Id).HasColumnName("id");
            e.Property(k => k.Prefix).HasColumnName("prefix");
            e.HasIndex(k => k.Prefix).IsUnique();
            e.Property(k => k.SecretHash).HasColumnName("secret_hash");
            e.Property(k => k.Name).HasColumnName("name");
            e.Property(k => k.OwnerUserId).HasColumnName("owner_user_id");
            e.Property(k => k.AgencyId).HasColumnName("agency_id");
            CustosDbContext.Timestamp(e.Property(k => k.CreatedAt).HasColumnName("created_at"), sqlite);
            CustosDbContext.Timestamp(e.Property(k => k.ExpiresAt).HasColumnName("expires_at"), sqlite);
            CustosDbContext.Timestamp(e.Property(k => k.RevokedAt).HasColumnName("revoked_at"), sqlite);
            CustosDbContext.Timestamp(e.Property(k => k.LastUsedAt).HasColumnName("last_used_at"), sqlite);
        });

        modelBuilder.Entity<LedgerEventRecord>(e =>
        {
            e.ToTable("ledger_events");
            e.HasKey(v => v.Id);
            e.Property(v => v.Id).HasColumnName("id").ValueGeneratedOnAdd();
            e.Property(v => v.EventTypeId).HasColumnName("event_type_id");
            e.Property(v => v.EventType).HasColumnName("event_type");
            CustosDbContext.Timestamp(e.Property(v => v.OccurredAt).HasColumnName("occurred_at"), sqlite);
            e.Property(v => v.Actor).HasColumnName("actor");
            e.Property(v => v.Subject).HasColumnName("subject");
            e.Property(v => v.Details).HasColumnName("details");
            e.Property(v => v.References).HasColumnName("refs");
            e.Property(v => v.PolicyVersion).HasColumnName("policy_version");
            e.Property(v => v.Salt).HasColumnName("salt");
            e.Property(v => v.Commitment).HasColumnName("commitment");
            e.Property(v => v.Entry).HasColumnName("entry");
            e.Property(v => v.LeafIndex).HasColumnName("leaf_index");
        });

        modelBuilder.Entity<LedgerStateRecord>(e =>
        {
            e.ToTable("ledger_state");
            e.HasKey(v => v.Id);
            e.Property(v => v.Id).HasColumnName("id").ValueGeneratedNever();
            e.Property(v => v.Origin).HasColumnName("origin");
            e.Property(v => v.SequencedSize).HasColumnName("sequenced_size");
            e.Property(v => v.PublishedSize).HasColumnName("published_size");
            e.Property(v => v.PublishedRoot).HasColumnName("published_root");
            e.Property(v => v.PublishedNote).HasColumnName("published_note");
            CustosDbContext.Timestamp(e.Property(v => v.PublishedAt).HasColumnName("published_at"), sqlite);
        });

        modelBuilder.Entity<LedgerCheckpointRecord>(e =>
        {
            e.ToTable("ledger_checkpoints");
            e.HasKey(v => v.Size);
            e.Property(v => v.Size).HasColumnName("size").ValueGeneratedNever();
            e.Property(v => v.Root).HasColumnName("root");
            e.Property(v => v.Note).HasColumnName("note");
            CustosDbContext.Timestamp(e.Property(v => v.PublishedAt).HasColumnName("published_at"), sqlite);
        });
    }
}
