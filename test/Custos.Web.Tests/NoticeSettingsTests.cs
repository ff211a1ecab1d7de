using Custos.Web.Hosting;
using Microsoft.Extensions.Configuration;

namespace Custos.Web.Tests;

/// <summary>The notice delivery settings (<c>--smtp</c>, <c>--smtp-from</c>, <c>CUSTOS_SMTP</c>, <c>CUSTOS_SMTP_FROM</c>), read and checked at start.</summary>
public class NoticeSettingsTests
{
    [Fact]
    public void From_NoSmtp_WritesEmlFilesToTheDataFoldersOutbox()
    {
        var options = CustosHostOptions.From(new CustosSettings { Data = "/srv/custos" }).Value;

        Assert.Null(options.EffectiveNotices.Smtp);
        Assert.Equal(Path.Combine("/srv/custos", "outbox"), options.EffectiveNotices.OutboxDirectory);
        Assert.Equal("notices@custos.invalid", options.EffectiveNotices.From);
    }

    [Theory]
    [InlineData("smtp://mail.example.com:2525", "mail.example.com", 2525, false)]
    [InlineData("smtp://mail.example.com", "mail.example.com", 25, false)]
    [InlineData("smtps://mail.example.com", "mail.example.com", 465, true)]
    [InlineData("smtp://127.0.0.1:1025/", "127.0.0.1", 1025, false)]
    public void From_SmtpAndSender_AreRead(string smtp, string host, int port, bool implicitTls)
    {
        var options = CustosHostOptions.From(new CustosSettings { Smtp = smtp, SmtpFrom = "Custos <notices@exchange.example>" }).Value;

        var endpoint = options.EffectiveNotices.Smtp!;
        Assert.Equal((host, port, implicitTls), (endpoint.Host, endpoint.Port, endpoint.ImplicitTls));
        Assert.Equal("notices@exchange.example", options.EffectiveNotices.Sender.Address);
    }

    [Fact]
    public void From_CommandLineValues_OverrideTheEnvironmentKeys()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SMTP"] = "smtp://env.example:25",
            ["SMTP_FROM"] = "env@example.com",
        }).Build();
        var fromEnvironment = CustosHostOptions.From(configuration).Value;
        var fromCommandLine = CustosHostOptions.From(null, null, null, null, false, smtp: "smtp://cli.example:2525", smtpFrom: "cli@example.com").Value;

        Assert.Equal(("env.example", "env@example.com"), (fromEnvironment.Notices.Smtp!.Host, fromEnvironment.Notices.From));
        Assert.Equal(("cli.example", 2525, "cli@example.com"), (fromCommandLine.Notices.Smtp!.Host, fromCommandLine.Notices.Smtp.Port, fromCommandLine.Notices.From));
    }

    [Theory]
    [InlineData("http://mail.example.com", "notices@example.com", "host.smtp-invalid")]
    [InlineData("smtp://user:secret@mail.example.com:25", "notices@example.com", "host.smtp-invalid")]
    [InlineData("smtp://mail.example.com:25?tls=no", "notices@example.com", "host.smtp-invalid")]
    [InlineData("mail.example.com:25", "notices@example.com", "host.smtp-invalid")]
    [InlineData("smtp://mail.example.com:25", null, "host.smtp-from-missing")]
    [InlineData("smtp://mail.example.com:25", "notices", "host.smtp-from-invalid")]
    [InlineData(null, "two@example.com, addresses@example.com", "host.smtp-from-invalid")]
    public void From_BadNoticeSettings_NameTheSetting(string? smtp, string? from, string code)
    {
        var result = CustosHostOptions.From(new CustosSettings { Smtp = smtp, SmtpFrom = from });

        Assert.False(result.IsSuccess);
        var error = Assert.Single(result.Errors);
        Assert.Equal(code, error.Code);
        Assert.StartsWith("smtp", error.Field, StringComparison.Ordinal);
    }
}
