using System.Text;
using Custos.Screening.Lists;

namespace Custos.Screening.Tests;

public sealed class MalformedFileTests
{
    private const string GoodSdnRow = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";

    [Fact]
    public void Read_UnclosedQuote_IsRefusedWithFileAndLine()
    {
        var error = Refused(File("sdn.csv", GoodSdnRow + "173,\"ANGLO-CARIBBEAN CO., LTD.,-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"));

        Assert.Equal(ListReadErrorCodes.MalformedRow, error.Code);
        Assert.Equal("sdn.csv", error.File);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Read_RowWithMissingColumns_IsRefusedNamingTheCounts()
    {
        var error = Refused(File("sdn.csv", GoodSdnRow + GoodSdnRow.Replace("36,", "37,", StringComparison.Ordinal) + "38,\"X\",-0- ,\"CUBA\"\r\n"));

        Assert.Equal((ListReadErrorCodes.MalformedRow, 3), (error.Code, error.Line));
        Assert.Contains("4 fields where the file's rows have 12", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EntNumNotANumber_IsRefused()
    {
        var error = Refused(File("sdn.csv", GoodSdnRow.Replace("36,", "3x6,", StringComparison.Ordinal)));

        Assert.Equal((ListReadErrorCodes.MalformedRow, 1), (error.Code, error.Line));
        Assert.Contains("ent_num", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownAliasType_IsRefusedInTheAliasFile()
    {
        var error = Refused(File("sdn.csv", GoodSdnRow), File("alt.csv", "36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n36,13,\"xyz\",\"AERO\",-0- \r\n"));

        Assert.Equal(("alt.csv", 2), (error.File, error.Line));
        Assert.Contains("alt_type", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AliasFileWithoutPrimary_IsRefused()
    {
        var error = Refused(File("alt.csv", "36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n"));

        Assert.Equal(ListReadErrorCodes.MissingPrimary, error.Code);
    }

    [Fact]
    public void Read_FilesOfTwoLists_AreRefused()
    {
        var error = Refused(File("sdn.csv", GoodSdnRow), File("cons_alt.csv", "36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n"));

        Assert.Equal((ListReadErrorCodes.MixedFiles, "cons_alt.csv"), (error.Code, error.File));
    }

    [Fact]
    public void Read_TextThatIsNoListFile_IsRefusedAsUnrecognised()
    {
        var error = Refused(File("notes.csv", "a,b,c\r\n"));

        Assert.Equal((ListReadErrorCodes.UnrecognisedFile, 1), (error.Code, error.Line));
    }

    [Fact]
    public void Read_BrokenXml_IsRefusedWithItsLine()
    {
        var error = Refused(File("un.xml", "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n</CONSOLIDATED_LIST>\n"));

        Assert.Equal((ListReadErrorCodes.MalformedXml, 4), (error.Code, error.Line));
    }

    [Fact]
    public void Read_UnIndividualWithoutReference_IsRefusedWithItsLine()
    {
        var error = Refused(File("un.xml", "<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL>\n<FIRST_NAME>ERIC</FIRST_NAME>\n</INDIVIDUAL>\n</INDIVIDUALS>\n</CONSOLIDATED_LIST>"));

        Assert.Equal((ListReadErrorCodes.MalformedXml, 3), (error.Code, error.Line));
        Assert.Contains("REFERENCE_NUMBER", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GoodSmallFiles_AreReadWholeWithTheirRemarks()
    {
        var result = ListReader.Read([File("sdn.csv", "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a.k.a. 'BNC'.\"\r\n\x1A")]);

        var entry = Assert.Single(result.Value.Entries);
        Assert.Equal(EntityKind.Organization, entry.Kind);
        Assert.Contains(entry.Names, n => n is { Text: "BNC", Strength: NameStrength.Weak });
    }

    private static ListFile File(string name, string content) => new(name, Encoding.UTF8.GetBytes(content));

    private static ListReadError Refused(params ListFile[] files)
    {
        var result = ListReader.Read(files);
        Assert.False(result.IsSuccess, "the files were read: " + result);
        return result.Error;
    }
}
