package vn.edu.taphuan;

import vn.edu.taphuan.cmi5.boundary.Cmi5Resource;
import jakarta.ws.rs.ApplicationPath;
import vn.edu.taphuan.audit.boundary.AuditResource;
import jakarta.ws.rs.core.Application;
import vn.edu.taphuan.directory.boundary.ImportsResource;
import vn.edu.taphuan.courses.boundary.CatalogueResource;
import vn.edu.taphuan.courses.boundary.CourseImagesResource;
import vn.edu.taphuan.learning.boundary.CoursesResource;
import vn.edu.taphuan.learning.boundary.CourseReviewResource;
import vn.edu.taphuan.learning.boundary.PretestResource;
import vn.edu.taphuan.learning.boundary.QuizResource;
import vn.edu.taphuan.directory.boundary.SchoolsResource;
import vn.edu.taphuan.directory.boundary.StaffResource;
import vn.edu.taphuan.learning.boundary.CertificatesResource;
import vn.edu.taphuan.platform.BackupResource;
import vn.edu.taphuan.platform.ProblemMapper;
import vn.edu.taphuan.platform.QueryParams;
import vn.edu.taphuan.platform.WordsResource;
import vn.edu.taphuan.referral.boundary.LearnerContactsResource;
import vn.edu.taphuan.referral.boundary.ReferralContactsResource;
import vn.edu.taphuan.privacy.boundary.PrivacyResource;
import vn.edu.taphuan.reporting.boundary.ProgrammesResource;
import vn.edu.taphuan.reporting.boundary.ReportsResource;
import vn.edu.taphuan.reporting.boundary.FiledReportsResource;
import vn.edu.taphuan.learning.boundary.SessionsResource;
import vn.edu.taphuan.security.boundary.AccountsResource;
import vn.edu.taphuan.security.boundary.AuthResource;
import vn.edu.taphuan.security.control.RequestGuard;
import vn.edu.taphuan.security.control.RoleRules;
import vn.edu.taphuan.xapi.boundary.ForwardingResource;
import vn.edu.taphuan.xapi.boundary.LrsCredentialsResource;
import vn.edu.taphuan.xapi.boundary.StatementsAdminResource;

import java.util.Set;

/**
 * The JSON API for pages and other systems, under {@code /api}. Resources are listed, not scanned, because the
 * built-in LRS is a second application under {@code /xapi} with rules of its own. Every resource method
 * declares its role rule ({@code @RolesAllowed} / {@code @PermitAll}); EndpointRulesTest keeps it so.
 */
@ApplicationPath("api")
public class ApiApplication extends Application {

    /** Every resource class of the API; tests read this list too. */
    public static final Set<Class<?>> RESOURCES = Set.of(
            AuthResource.class, AccountsResource.class,
            SchoolsResource.class, StaffResource.class,
            ImportsResource.class,
            CatalogueResource.class, CourseImagesResource.class, CoursesResource.class, QuizResource.class, PretestResource.class, CourseReviewResource.class, CertificatesResource.class,
            LrsCredentialsResource.class, ForwardingResource.class, StatementsAdminResource.class,
            ProgrammesResource.class, ReportsResource.class, FiledReportsResource.class, SessionsResource.class,
            ReferralContactsResource.class, LearnerContactsResource.class,
            AuditResource.class, BackupResource.class,
            PrivacyResource.class, WordsResource.class,
            Cmi5Resource.class);

    @Override
    public Set<Class<?>> getClasses() {
        var classes = new java.util.HashSet<Class<?>>(RESOURCES);
        classes.addAll(Set.of(RoleRules.class, RequestGuard.class, ProblemMapper.class, ProblemMapper.Validation.class, QueryParams.class));
        return classes;
    }

    /**
     * Jersey turns a relative {@code Location} into an absolute one built from the request's {@code Host} header;
     * the sign-in redirects stay relative instead (the browser resolves them against the address it used).
     */
    @Override
    public java.util.Map<String, Object> getProperties() {
        return java.util.Map.of("jersey.config.server.headers.location.relative.resolution.disabled", true);
    }
}
