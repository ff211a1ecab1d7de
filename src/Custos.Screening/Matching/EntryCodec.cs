using Custos.Screening.Lists;

namespace Custos.Screening.Matching;

/// <summary>Writes and reads list snapshots and their entries, every field, for the stored index.</summary>
internal static class EntryCodec
{
    public static void WriteSnapshots(IndexFileWriter w, IReadOnlyList<ListSnapshot> snapshots)
    {
        w.Int(snapshots.Count);
        foreach (var snapshot in snapshots)
        {
            w.String(snapshot.ListId);
            w.String(snapshot.Version);
            w.Bool(snapshot.GeneratedAt.HasValue);
            if (snapshot.GeneratedAt is { } generated)
            {
                w.Long(generated.UtcTicks);
                w.Int((int)generated.Offset.TotalMinutes);
            }

            w.Int(snapshot.Files.Count);
            foreach (var file in snapshot.Files)
            {
                w.String(file.Name);
                w.Int((int)file.Role);
                w.String(file.Sha256);
                w.Long(file.Length);
                w.Int(file.Records);
            }

            w.Strings([.. snapshot.Notes]);
            w.Int(snapshot.Entries.Count);
            foreach (var entry in snapshot.Entries)
            {
                WriteEntry(w, entry);
            }
        }
    }

    public static ListSnapshot[] ReadSnapshots(IndexFileReader r)
    {
        var snapshots = new ListSnapshot[r.Count()];
        for (var s = 0; s < snapshots.Length; s++)
        {
            var listId = r.String();
            var version = r.String();
            DateTimeOffset? generated = null;
            if (r.Bool())
            {
                var ticks = r.Long();
                var offset = TimeSpan.FromMinutes(r.Int());
                generated = new DateTimeOffset(ticks + offset.Ticks, offset);
            }

            var files = new SourceFile[r.Count()];
            for (var f = 0; f < files.Length; f++)
            {
                files[f] = new SourceFile(r.String(), Enum<FileRole>(r.Int()), r.String(), r.Long(), r.Int());
            }

            var notes = r.Strings();
            var entries = new ListEntry[r.Count()];
            for (var e = 0; e < entries.Length; e++)
            {
                entries[e] = ReadEntry(r);
            }

            snapshots[s] = new ListSnapshot { ListId = listId, Version = version, GeneratedAt = generated, Files = files, Entries = entries, Notes = notes };
        }

        return snapshots;
    }

    private static void WriteEntry(IndexFileWriter w, ListEntry entry)
    {
        w.String(entry.ListId);
        w.String(entry.SourceId);
        w.Int((int)entry.Kind);
        w.Int(entry.Names.Count);
        foreach (var name in entry.Names)
        {
            w.String(name.Text);
            w.Int((int)name.Kind);
            w.Int((int)name.Strength);
        }

        w.Strings([.. entry.Programs]);
        w.Int(entry.BirthDates.Count);
        foreach (var date in entry.BirthDates)
        {
            w.Int(date.Earliest.DayNumber);
            w.Int(date.Latest.DayNumber);
            w.Int((int)date.Precision);
            w.Bool(date.Approximate);
            w.String(date.Text);
        }

        w.Strings([.. entry.BirthPlaces]);
        w.Strings([.. entry.Nationalities]);
        w.Strings([.. entry.Citizenships]);
        w.Int(entry.Documents.Count);
        foreach (var document in entry.Documents)
        {
            w.Int((int)document.Kind);
            w.String(document.Label);
            w.String(document.Number);
            w.String(document.Country);
            w.String(document.Note);
        }

        w.Int(entry.Addresses.Count);
        foreach (var address in entry.Addresses)
        {
            w.String(address.Street);
            w.String(address.City);
            w.String(address.Region);
            w.String(address.PostalCode);
            w.String(address.Country);
            w.String(address.Note);
        }

        w.Int(entry.Wallets.Count);
        foreach (var wallet in entry.Wallets)
        {
            w.String(wallet.Currency);
            w.String(wallet.Address);
        }

        w.String(entry.Gender);
        w.Strings([.. entry.Titles]);
        w.String(entry.Remarks);
    }

    private static ListEntry ReadEntry(IndexFileReader r)
    {
        var listId = r.String();
        var sourceId = r.String();
        var kind = Enum<EntityKind>(r.Int());
        var names = new ListName[r.Count(12)];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = new ListName(r.String(), Enum<NameKind>(r.Int()), Enum<NameStrength>(r.Int()));
        }

        var programs = r.Strings();
        var dates = new BirthDate[r.Count(17)];
        for (var i = 0; i < dates.Length; i++)
        {
            dates[i] = BirthDate.Restore(Day(r.Int()), Day(r.Int()), Enum<DatePrecision>(r.Int()), r.Bool(), r.String());
        }

        var places = r.Strings();
        var nationalities = r.Strings();
        var citizenships = r.Strings();
        var documents = new IdentityDocument[r.Count(20)];
        for (var i = 0; i < documents.Length; i++)
        {
            documents[i] = new IdentityDocument(Enum<DocumentKind>(r.Int()), r.String(), r.String(), r.NullableString(), r.NullableString());
        }

        var addresses = new PostalAddress[r.Count(24)];
        for (var i = 0; i < addresses.Length; i++)
        {
            addresses[i] = new PostalAddress(r.NullableString(), r.NullableString(), r.NullableString(), r.NullableString(), r.NullableString(), r.NullableString());
        }

        var wallets = new WalletAddress[r.Count(8)];
        for (var i = 0; i < wallets.Length; i++)
        {
            wallets[i] = new WalletAddress(r.String(), r.String());
        }

        return new ListEntry
        {
            ListId = listId,
            SourceId = sourceId,
            Kind = kind,
            Names = names,
            Programs = programs,
            BirthDates = dates,
            BirthPlaces = places,
            Nationalities = nationalities,
            Citizenships = citizenships,
            Documents = documents,
            Addresses = addresses,
            Wallets = wallets,
            Gender = r.NullableString(),
            Titles = r.Strings(),
            Remarks = r.NullableString(),
        };
    }

    private static DateOnly Day(int dayNumber) =>
        dayNumber >= DateOnly.MinValue.DayNumber && dayNumber <= DateOnly.MaxValue.DayNumber
            ? DateOnly.FromDayNumber(dayNumber)
            : throw new InvalidDataException("A stored date is out of range.");

    internal static T Enum<T>(int value)
        where T : struct, Enum =>
        System.Enum.IsDefined(typeof(T), value) ? (T)(object)value : throw new InvalidDataException($"{value} is not a {typeof(T).Name}.");
}
