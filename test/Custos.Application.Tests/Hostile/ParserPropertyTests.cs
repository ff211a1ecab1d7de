using System.Text;
using Custos.Application.Customers.Files;
using Custos.Application.Demo;
using Custos.Application.Ledger;
using Custos.Application.Notices;
using Custos.Application.Policy;
using Custos.Application.Scrutiny;
using Custos.Application.Transparency;
using Custos.Domain.Common;
using Custos.Ledger;
using Custos.Ledger.Notes;
using Custos.Ledger.Tiles;
using Custos.Ledger.Witness;
using Custos.TestSupport;
using FsCheck.Xunit;

namespace Custos.Application.Tests.Hostile;

/// <summary>
/// Every parser of outside input, fed hostile variants of valid input (<see cref="Mutations"/>): it answers — a value or
/// an error with a code and a message — and never throws, whatever it is given. A parser that throws on some input
/// would surface as a 500, a crashed command or a stuck import instead of a clear refusal.
/// </summary>
public sealed class ParserPropertyTests
{
    private static readonly string Origin = "custos.example/ledger";
    private static readonly NoteSignerKey Signer = NoteSignerKey.Generate(Origin);
    private static readonly string CheckpointNote =
        SignedNote.Sign(new Checkpoint(Origin, 42, new byte[32]).Format(), Signer).Format();
    private static readonly Lazy<string> CustomerCsvFolder = new(() =>
    {
        var folder = TestEnvironment.NewTempDirectory("hostile-csv-seed");
        CustomerDataWriter.WriteDirectory(new DemoDataGenerator(new DemoDataOptions { CustomerCount = 3, Seed = 11 }).Generate(), folder);
        return folder;
    });

    private static readonly Lazy<byte[]> CustomerJson = new(() =>
    {
        using var stream = new MemoryStream();
        CustomerDataWriter.WriteJson(new DemoDataGenerator(new DemoDataOptions { CustomerCount = 3, Seed = 11 }).Generate(), stream);
        return stream.ToArray();
    });

    [Property(MaxTest = 1500)]
    public bool AgencySubmissionJson_AnyVariant_AnswersWithoutThrowing(int[] operations) =>
        Answers(RequestJson.ReadAgencySubmission(Mutations.ApplyText(TestRequests.SubpoenaFor("C1"), operations)));

    [Property(MaxTest = 1500)]
    public bool StaffRequestJson_AnyVariant_AnswersWithoutThrowing(int[] operations) =>
        Answers(RequestJson.ReadRequest(Mutations.ApplyText(TestRequests.SubpoenaFor("C1"), operations)));

    [Property(MaxTest = 1000)]
    public bool RequestJson_RandomText_AnswersWithoutThrowing(string text) =>
        Answers(RequestJson.ReadAgencySubmission(text ?? string.Empty)) && Answers(RequestJson.Read(text ?? string.Empty));

    [Property(MaxTest = 300)]
    public bool PolicyYaml_AnyVariant_AnswersWithoutThrowing(int[] operations) =>
        Answers(PolicyReader.Read(Mutations.ApplyText(PolicyReader.DefaultText(), operations), "hostile.yaml"));

    [Property(MaxTest = 150)]
    public bool CustomerCsv_AnyVariantOfOneFile_AnswersWithoutThrowing(int[] operations, byte file)
    {
        var folder = TestEnvironment.NewTempDirectory("hostile-csv");
        try
        {
            var files = Directory.GetFiles(CustomerCsvFolder.Value).Order(StringComparer.Ordinal).ToArray();
            foreach (var path in files)
            {
                File.Copy(path, Path.Combine(folder, Path.GetFileName(path)));
            }

            var victim = Path.Combine(folder, Path.GetFileName(files[file % files.Length]));
            File.WriteAllBytes(victim, Mutations.Apply(File.ReadAllBytes(victim), operations));
            return Answers(new CustomerDataReader().ReadDirectory(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Property(MaxTest = 200)]
    public bool CustomerJson_AnyVariant_AnswersWithoutThrowing(int[] operations)
    {
        var path = Path.Combine(TestEnvironment.NewTempDirectory("hostile-json"), "customers.json");
        try
        {
            File.WriteAllBytes(path, Mutations.Apply(CustomerJson.Value, operations));
            return Answers(new CustomerDataReader().ReadJson(path));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Property(MaxTest = 3000)]
    public bool LedgerEntry_AnyVariant_AnswersWithoutThrowing(int[] operations, bool version2)
    {
        var entry = new LedgerEntry(
            1001, "staff.signed-in", new DateTimeOffset(2026, 11, 22, 5, 33, 13, 123, TimeSpan.Zero), "2026-11-01.1",
            new string('a', 32), new string('b', 32), [new string('c', 32)], new string('e', 64), version2 ? "{\"country\":\"DE\",\"n\":[1,2]}" : null);
        var parsed = LedgerEntryFormat.Parse(Mutations.Apply(LedgerEntryFormat.Encode(entry), operations));
        // Whatever parses is canonical: encoding it again gives the same bytes the parser accepted.
        return Answers(parsed) && (!parsed.IsSuccess || LedgerEntryFormat.Parse(LedgerEntryFormat.Encode(parsed.Value)).IsSuccess);
    }

    [Property(MaxTest = 3000)]
    public bool SignedCheckpoint_AnyVariant_AnswersWithoutThrowingAndVerifiesOnlyIfUnchanged(int[] operations)
    {
        var text = Mutations.ApplyText(CheckpointNote, operations);
        var note = SignedNote.Parse(text);
        if (!Answers(note))
        {
            return false;
        }

        if (!note.IsSuccess)
        {
            return true;
        }

        var verified = note.Value.Verify([Signer.VerifierKey]);
        var checkpoint = Checkpoint.Parse(note.Value.Text);
        // A signature over other text never verifies: a verified note carries exactly the signed checkpoint text.
        return Answers(verified) && Answers(checkpoint) && (!verified.IsSuccess || note.Value.Text == SignedNote.Parse(CheckpointNote).Value.Text);
    }

    [Property(MaxTest = 3000)]
    public bool WitnessAddCheckpointBody_AnyVariant_AnswersWithoutThrowing(int[] operations) =>
        Answers(AddCheckpointRequest.Parse(Mutations.Apply(Encoding.UTF8.GetBytes(AddCheckpointRequest.Format(0, [], CheckpointNote)), operations)));

    [Property(MaxTest = 3000)]
    public bool TilePath_AnyVariant_AnswersWithoutThrowing(int[] operations, bool entries, string random)
    {
        var seed = entries ? "tile/entries/x001/x234/067.p/8" : "tile/2/x001/234.p/255";
        return Answers(TileCoordinate.Parse(Mutations.ApplyText(seed, operations))) && Answers(TileCoordinate.Parse(random ?? string.Empty));
    }

    [Property(MaxTest = 2000)]
    public bool VerifierKeyAndSignerKey_AnyVariant_AnswerWithoutThrowing(int[] operations) =>
        Answers(NoteVerifierKey.Parse(Mutations.ApplyText(Signer.VerifierKey.Format(), operations)))
        && Answers(NoteSignerKey.Parse(Mutations.ApplyText(Signer.Format(), operations)));

    [Property(MaxTest = 1000)]
    public bool CommandLineValues_AnyText_AnswerWithoutThrowing(string text, string other)
    {
        text ??= string.Empty;
        other ??= string.Empty;
        return Answers(SmtpEndpoint.Parse(text))
            && Answers(WitnessEndpoint.Parse(text))
            && Answers(WitnessedLog.Parse(text))
            && Answers(ReportPeriodInput.Parse(text, other, new DateOnly(2026, 12, 5)));
    }

    /// <summary>Found by the property above: YamlDotNet's scanner threw InvalidOperationException on this variant.</summary>
    [Fact]
    public void PolicyYaml_VariantThatCrashedTheYamlScanner_IsASyntaxError()
    {
        var read = PolicyReader.Read(Mutations.ApplyText(PolicyReader.DefaultText(), [1, 9, 12, -5, -14]), "hostile.yaml");

        Assert.False(read.IsSuccess);
        Assert.Equal("policy.syntax", read.Error.Code);
    }

    /// <summary>Found by the property above: a string of invalid UTF-8 threw when its text was read.</summary>
    [Fact]
    public void CustomerJson_StringOfInvalidUtf8_IsMalformedJsonNamingTheFile()
    {
        var path = Path.Combine(TestEnvironment.NewTempDirectory("hostile-json"), "customers.json");
        File.WriteAllBytes(path, Mutations.Apply(CustomerJson.Value, [-3, 0, 0]));

        var read = new CustomerDataReader().ReadJson(path);

        Assert.False(read.IsSuccess);
        Assert.Contains(read.Errors, e => e.Code == CustomerDataErrors.MalformedJson && e.Message.Contains("UTF-8", StringComparison.Ordinal));
    }

    private static bool Answers<T>(Result<T> result) =>
        result.IsSuccess || result.Errors.All(e => !string.IsNullOrWhiteSpace(e.Code) && !string.IsNullOrWhiteSpace(e.Message));

    private static bool Answers<T>(LedgerResult<T> result) =>
        result.IsSuccess || (!string.IsNullOrWhiteSpace(result.Error.Code) && !string.IsNullOrWhiteSpace(result.Error.Message));
}
