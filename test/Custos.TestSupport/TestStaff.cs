using Custos.Domain.Access;
using Custos.Domain.Staff;

namespace Custos.TestSupport;

/// <summary>Members of staff acting with a role, for use-case tests (an identity without roles is refused everything).</summary>
public static class TestStaff
{
    public static Actor Analyst(string userId = "usr_analyst") => Actor.StaffMember(userId, [StaffRole.IntakeAnalyst], StaffRegion.Global);

    public static Actor LegalReviewer(string userId = "usr_reviewer") => Actor.StaffMember(userId, [StaffRole.LegalReviewer], StaffRegion.Global);

    public static Actor Administrator(string userId = "usr_admin") => Actor.StaffMember(userId, [StaffRole.Administrator], StaffRegion.Global);
}
