using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Storage;

/// <summary>Mapping of sanctions lists, screenings, alerts, prices and restrictions to the schema of <c>0007_sanctions.sql</c>.</summary>
internal static class SanctionsModel
{
    public static void Map(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SanctionsListVersionRecord>(e =>
        {
            e.ToTable("sanctions_list_versions");
            e.HasKey(v => v.Id);
        });

        modelBuilder.Entity<SanctionsListFileRecord>(e =>
        {
            e.ToTable("sanctions_list_files");
            e.HasKey(f => new { f.VersionId, f.Position });
            e.HasOne<SanctionsListVersionRecord>().WithMany().HasForeignKey(f => f.VersionId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<SanctionsScreeningRecord>(e =>
        {
            e.ToTable("sanctions_screenings");
            e.HasKey(s => s.AccountId);
        });

        modelBuilder.Entity<SanctionsAlertRecord>(e =>
        {
            e.ToTable("sanctions_alerts");
            e.HasKey(a => a.Id);
            e.Property(a => a.RowVersion).IsConcurrencyToken();
            e.HasOne<SanctionsListVersionRecord>().WithMany().HasForeignKey(a => a.ListVersionId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<AssetPriceRecord>(e =>
        {
            e.ToTable("asset_prices");
            e.HasKey(p => new { p.Asset, p.Date });
        });

        modelBuilder.Entity<AccountRestrictionRecord>(e =>
        {
            e.ToTable("account_restrictions");
            e.HasKey(r => r.Id);
            e.HasOne<SanctionsAlertRecord>().WithMany().HasForeignKey(r => r.AlertId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<RestrictionNoticeRecord>(e =>
        {
            e.ToTable("restriction_notices");
            e.HasKey(n => n.Id);
            e.HasOne<AccountRestrictionRecord>().WithMany().HasForeignKey(n => n.RestrictionId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
