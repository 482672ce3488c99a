package vn.edu.taphuan.xapi.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.platform.Problem;
import vn.edu.taphuan.xapi.control.ForwardTargets;
import vn.edu.taphuan.xapi.control.Outbox;
import vn.edu.taphuan.xapi.entity.ParkedStatement;
import vn.edu.taphuan.xapi.entity.TargetStatus;

import java.time.Clock;
import java.util.List;
import java.util.function.ToIntBiFunction;

/**
 * Forwarding to external LRSs as district admins see it: per target the statements waiting, the last success, the
 * last error and the parked (rejected) statements, which they can send again or drop.
 */
@Path("xapi/forwarding")
@Produces(MediaType.APPLICATION_JSON)
public class ForwardingResource {

    @Inject
    Clock clock;

    @Inject
    ForwardTargets targets;

    @Inject
    Outbox outbox;

    @Inject
    Messages messages;

    /** The answer to retry/drop: how many statements it concerned. */
    public record Changed(String target, int statements) {
    }

    @GET
    @RolesAllowed(vn.edu.taphuan.security.entity.Role.Names.DISTRICT_ADMIN)
    public List<TargetStatus> status() {
        return outbox.status(targets.all());
    }

    @GET
    @Path("{target}/parked")
    @RolesAllowed(vn.edu.taphuan.security.entity.Role.Names.DISTRICT_ADMIN)
    public List<ParkedStatement> parked(@PathParam("target") String target, @QueryParam("limit") @DefaultValue("100") int limit) {
        known(target);
        return outbox.parked(target, Math.max(1, Math.min(limit, 1000)));
    }

    /** Sends every parked statement of the target again. */
    @POST
    @Path("{target}/parked/retry")
    @RolesAllowed(vn.edu.taphuan.security.entity.Role.Names.DISTRICT_ADMIN)
    public Changed retryAll(@PathParam("target") String target) {
        known(target);
        int n = outbox.retry(target, null);
        outbox.dueNow(target, clock.instant());
        return new Changed(target, n);
    }

    @POST
    @Path("{target}/parked/{statementId}/retry")
    @RolesAllowed(vn.edu.taphuan.security.entity.Role.Names.DISTRICT_ADMIN)
    public Changed retry(@PathParam("target") String target, @PathParam("statementId") String statementId) {
        Changed changed = oneParked(target, statementId, outbox::retry);
        outbox.dueNow(target, clock.instant());
        return changed;
    }

    @DELETE
    @Path("{target}/parked/{statementId}")
    @RolesAllowed(vn.edu.taphuan.security.entity.Role.Names.DISTRICT_ADMIN)
    public Changed drop(@PathParam("target") String target, @PathParam("statementId") String statementId) {
        return oneParked(target, statementId, outbox::drop);
    }

    /** Applies a retry or drop to one parked statement of a known target; 404 when the target has no such statement. */
    private Changed oneParked(String target, String statementId, ToIntBiFunction<String, String> change) {
        known(target);
        int n = change.applyAsInt(target, statementId);
        if (n == 0) {
            throw Problem.notFound(messages.get("xapi.parked.notFound", statementId, target));
        }
        return new Changed(target, n);
    }

    private void known(String target) {
        if (outbox.status(targets.all()).stream().noneMatch(t -> t.name().equals(target))) {
            throw Problem.notFound(messages.get("xapi.target.notFound", target));
        }
    }
}
