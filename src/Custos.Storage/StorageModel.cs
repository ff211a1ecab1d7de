using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Storage;

/// <summary>Mapping of Custos's own records (staff, keys, imports, events) to the schema.</summary>
internal static class StorageModel
{
    public static void MapRecords(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CustomerImportRecord>(e =>
        {
            e.ToTable("customer_imports");
            e.HasKey(i => i.Id);
        });

        modelBuilder.Entity<StaffUserRecord>(e =>
        {
            e.ToTable("staff_users");
            e.HasKey(u => u.Id);
            e.HasIndex(u => u.Username).IsUnique();
            e.HasMany(u => u.Roles).WithOne().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<StaffRoleRecord>(e =>
        {
            e.ToTable("staff_roles");
            e.HasKey(r => new { r.UserId, r.Role });
        });

        modelBuilder.Entity<ApiKeyRecord>(e =>
        {
            e.ToTable("api_keys");
            e.HasKey(k => k.Id);
            e.HasIndex(k => k.Prefix).IsUnique();
        });

        modelBuilder.Entity<SignInSessionRecord>(e =>
        {
            e.ToTable("sign_in_sessions");
            e.HasKey(v => v.Id);
            e.HasIndex(v => new { v.Holder, v.AccountId });
        });

        modelBuilder.Entity<LedgerEventRecord>(e =>
        {
            e.ToTable("ledger_events");
            e.HasKey(v => v.Id);
            e.Property(v => v.Id).ValueGeneratedOnAdd();
            e.Property(v => v.References).HasColumnName("refs");
        });

        modelBuilder.Entity<LedgerStateRecord>(e =>
        {
            e.ToTable("ledger_state");
            e.HasKey(v => v.Id);
            e.Property(v => v.Id).ValueGeneratedNever();
        });

        modelBuilder.Entity<LedgerCheckpointRecord>(e =>
        {
            e.ToTable("ledger_checkpoints");
            e.HasKey(v => v.Size);
            e.Property(v => v.Size).ValueGeneratedNever();
        });

        modelBuilder.Entity<NoticeOutboxRecord>(e =>
        {
            e.ToTable("notice_outbox");
            e.HasKey(n => n.Id);
            e.Property(n => n.RowVersion).IsConcurrencyToken();
            e.HasOne<RequestRecord>().WithMany().HasForeignKey(n => n.RequestId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
