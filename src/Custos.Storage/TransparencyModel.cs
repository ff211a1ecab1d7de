using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Storage;

/// <summary>Mapping of the published facts and reports to the schema of <c>0012_transparency.sql</c>.</summary>
internal static class TransparencyModel
{
    public static void Map(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TransparencyFactsRecord>(e =>
        {
            e.ToTable("transparency_facts");
            e.HasKey(f => f.Subject);
            e.Property(f => f.Sha256).HasColumnName("sha256");
        });

        modelBuilder.Entity<TransparencyFactsStateRecord>(e =>
        {
            e.ToTable("transparency_facts_state");
            e.HasKey(s => s.Id);
            e.Property(s => s.Id).ValueGeneratedNever();
        });

        modelBuilder.Entity<PublishedReportRecord>(e =>
        {
            e.ToTable("published_reports");
            e.HasKey(r => r.Sha256);
            e.Property(r => r.Sha256).HasColumnName("sha256");
        });
    }
}
