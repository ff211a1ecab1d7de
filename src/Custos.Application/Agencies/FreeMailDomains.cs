namespace Custos.Application.Agencies;

/// <summary>
/// Well-known free and consumer mail services. An agency never writes from one of these: a request or a registration
/// from such an address is refused (PRODUCT.md, flow 2). Matching is on whole labels, ignores case and includes
/// subdomains (<c>mail.yahoo.co.uk</c>, <c>eu.gmail.com</c>).
/// </summary>
public static class FreeMailDomains
{
    /// <summary>Domains matched exactly or as a parent of the address's domain.</summary>
    public static IReadOnlySet<string> Domains { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        // Google, Microsoft, Apple, AOL/Yahoo, US and UK consumer providers
        "gmail.com", "googlemail.com", "msn.com", "passport.com", "icloud.com", "me.com", "mac.com", "ymail.com",
        "rocketmail.com", "aim.com", "mail.com", "email.com", "usa.com", "myself.com", "consultant.com", "post.com",
        "fastmail.com", "fastmail.fm", "hushmail.com", "inbox.com", "lycos.com", "excite.com", "juno.com",
        "netzero.net", "comcast.net", "att.net", "sbcglobal.net", "verizon.net", "cox.net", "earthlink.net",
        "btinternet.com", "sky.com", "virginmedia.com", "ntlworld.com", "talktalk.net", "bigpond.com", "shaw.ca",
        "rogers.com", "sympatico.ca",
        // Privacy and encrypted mail
        "proton.me", "protonmail.com", "protonmail.ch", "pm.me", "tutanota.com", "tutanota.de", "tutamail.com",
        "tuta.io", "tuta.com", "keemail.me", "posteo.de", "posteo.net", "mailbox.org", "disroot.org", "riseup.net",
        "cock.li", "runbox.com", "startmail.com", "zoho.com", "zohomail.com", "zoho.eu", "zohomail.eu",
        // Europe
        "web.de", "t-online.de", "freenet.de", "arcor.de", "online.de", "gmx.net", "laposte.net", "orange.fr",
        "wanadoo.fr", "free.fr", "sfr.fr", "neuf.fr", "libero.it", "virgilio.it", "alice.it", "tiscali.it",
        "seznam.cz", "centrum.cz", "wp.pl", "o2.pl", "interia.pl", "onet.pl", "op.pl", "tlen.pl", "abv.bg",
        "freemail.hu", "citromail.hu", "azet.sk", "terra.es", "telefonica.net", "sapo.pt", "bluewin.ch",
        "hetnet.nl", "ziggo.nl", "telenet.be", "skynet.be", "eircom.net",
        // Russia, Ukraine, Central Asia
        "mail.ru", "inbox.ru", "list.ru", "bk.ru", "internet.ru", "mail.ua", "ya.ru", "narod.ru", "rambler.ru",
        "lenta.ru", "autorambler.ru", "myrambler.ru", "ro.ru", "rambler.ua", "ukr.net", "i.ua", "meta.ua",
        "bigmir.net", "tut.by", "mail.kz",
        // Asia, Middle East, Latin America
        "qq.com", "foxmail.com", "163.com", "126.com", "yeah.net", "188.com", "sina.com", "sina.cn", "sohu.com",
        "139.com", "aliyun.com", "tom.com", "21cn.com", "naver.com", "daum.net", "hanmail.net", "nate.com",
        "rediffmail.com", "indiatimes.com", "sify.com", "mail.ee", "walla.co.il", "bol.com.br", "uol.com.br",
        "terra.com.br", "ig.com.br", "prodigy.net.mx",
        // Disposable addresses
        "mailinator.com", "guerrillamail.com", "sharklasers.com", "10minutemail.com", "yopmail.com",
        "temp-mail.org", "tempmail.com", "trashmail.com", "dispostable.com", "getnada.com", "maildrop.cc",
    };

    /// <summary>
    /// Brands registered under many country domains (<c>yahoo.*</c>, <c>hotmail.*</c>, …): any of these names directly
    /// under a country code or under <c>com</c>, <c>net</c> or <c>org</c>, optionally with a second level such as
    /// <c>co.uk</c> or <c>com.br</c>.
    /// </summary>
    public static IReadOnlySet<string> Brands { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "yahoo", "hotmail", "outlook", "live", "windowslive", "aol", "gmx", "yandex", "protonmail", "zoho",
    };

    private static readonly HashSet<string> GenericTopLevels = new(StringComparer.Ordinal) { "com", "net", "org" };

    private static readonly HashSet<string> SecondLevels = new(StringComparer.Ordinal) { "co", "com", "net", "org", "ne", "or" };

    /// <summary>Whether <paramref name="domain"/> (or the domain of an e-mail address) belongs to a free-mail service.</summary>
    public static bool IsFreeMail(string? domain)
    {
        if (string.IsNullOrWhiteSpace(domain))
        {
            return false;
        }

        var text = domain.Trim().TrimEnd('.').ToLowerInvariant();
        var at = text.LastIndexOf('@');
        if (at >= 0)
        {
            text = text[(at + 1)..];
        }

        var labels = text.Split('.');
        for (var i = 0; i < labels.Length; i++)
        {
            if (Domains.Contains(string.Join('.', labels[i..])) || (Brands.Contains(labels[i]) && IsCountryOrGenericSuffix(labels[(i + 1)..])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCountryOrGenericSuffix(string[] tail) => tail.Length switch
    {
        1 => IsTopLevel(tail[0]),
        2 => SecondLevels.Contains(tail[0]) && IsTopLevel(tail[1]),
        _ => false,
    };

    private static bool IsTopLevel(string label) =>
        GenericTopLevels.Contains(label) || (label.Length == 2 && label.All(char.IsAsciiLetterLower));
}
