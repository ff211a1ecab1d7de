using Custos.Application.Customers.Records;
using Custos.Application.Ledger;

namespace Custos.Application.Tests.Ledger;

/// <summary>
/// The customer's disclosure code and index key (docs/ledger.md). The known answers were computed independently with
/// Python's hmac and hashlib, for the identity key 00 01 02 … 1f:
/// <code>
/// k = bytes(range(32))
/// code = hmac.new(k, ("customer-code:" + account).encode(), hashlib.sha256).digest()[:16]
/// key = hashlib.sha256(b"custos-customer-key/v1\n" + account.encode() + b"\n" + code).digest()[:16]
/// other = hmac.new(k, b"agency:agy_1", hashlib.sha256).digest()[:16]
/// </code>
/// and the first key also with the shell: <c>(printf 'custos-customer-key/v1\n%s\n' C1042; printf CODE | xxd -r -p) | sha256sum</c>.
/// </summary>
public class CustomerIndexKeyTests
{
    private static readonly LedgerIdentityKey Identities = new([.. Enumerable.Range(0, 32).Select(i => (byte)i)]);

    [Theory]
    [InlineData("C1042", "62f0f51b8338104cab033d6364acef31", "aae8b4877f3b27c1ff2fbef791356883")]
    [InlineData("Ана/7 ü", "ee92f441006dcf9cd3430fddcb7cbd39", "67e0e7e0f686b31d64908f6261b0f2d1")]
    public void CodeAndKey_KnownAnswers_MatchAnIndependentImplementation(string account, string code, string key)
    {
        Assert.Equal(code, Identities.DisclosureCode(account));
        Assert.Equal(key, Identities.CustomerKey(account));
        Assert.Equal(key, CustomerIndexKey.Derive(account, code));
    }

    [Fact]
    public void Opaque_CustomerReference_IsTheCustomersIndexKeyEvenPercentEncoded()
    {
        Assert.Equal("customer:%D0%90%D0%BD%D0%B0%2F7%20%C3%BC", CustomerRecords.Subject("Ана/7 ü"));
        Assert.Equal("67e0e7e0f686b31d64908f6261b0f2d1", Identities.Opaque(CustomerRecords.Subject("Ана/7 ü")));
        Assert.Equal("aae8b4877f3b27c1ff2fbef791356883", Identities.Opaque("customer:C1042"));
    }

    [Fact]
    public void Opaque_OtherReference_StaysTheKeyedHash()
    {
        Assert.Equal("e9ed8244ab7a62ad3949bcbc824b9004", Identities.Opaque("agency:agy_1"));
        Assert.NotEqual(Identities.Opaque("customers:C1042"), Identities.Opaque("customer:C1042"));
    }

    [Fact]
    public void Opaque_CustomerReferenceNotWrittenByReference_IsAProgrammingError()
    {
        Assert.Throws<ArgumentException>(() => Identities.Opaque("customer:%43%31"));
        Assert.Throws<ArgumentException>(() => Identities.Opaque("customer:a/b"));
    }

    [Fact]
    public void CustomerKey_OtherOperatorKey_GivesAnotherCodeAndKey()
    {
        var other = new LedgerIdentityKey([.. Enumerable.Range(1, 32).Select(i => (byte)i)]);

        Assert.NotEqual(Identities.DisclosureCode("C1042"), other.DisclosureCode("C1042"));
        Assert.NotEqual(Identities.CustomerKey("C1042"), other.CustomerKey("C1042"));
        Assert.NotEqual(Identities.CustomerKey("C1042"), Identities.CustomerKey("C1043"));
    }

    [Fact]
    public void Derive_SameCodeForAnotherAccount_GivesAnotherKey() =>
        Assert.NotEqual(CustomerIndexKey.Derive("C1042", "62f0f51b8338104cab033d6364acef31"), CustomerIndexKey.Derive("C1043", "62f0f51b8338104cab033d6364acef31"));

    [Theory]
    [InlineData("62f0f51b8338104cab033d6364acef31")]
    [InlineData("62F0F51B8338104CAB033D6364ACEF31")]
    [InlineData(" 62f0-f51b-8338-104c-ab03-3d63-64ac-ef31 ")]
    [InlineData("62f0 f51b 8338 104c ab03 3d63 64ac ef31")]
    public void ParseCode_AsAPersonTypesIt_GivesTheBytes(string text) =>
        Assert.Equal("62f0f51b8338104cab033d6364acef31", Convert.ToHexStringLower(CustomerIndexKey.ParseCode(text)!));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("62f0f51b8338104cab033d6364acef3")]
    [InlineData("62f0f51b8338104cab033d6364acef3100")]
    [InlineData("62f0f51b8338104cab033d6364acef3g")]
    [InlineData("62f0f51b8338104cab033d6364acef31.")]
    public void ParseCode_NotACode_IsNull(string? text) => Assert.Null(CustomerIndexKey.ParseCode(text));
}
