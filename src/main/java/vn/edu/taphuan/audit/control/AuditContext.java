package vn.edu.taphuan.audit.control;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import vn.edu.taphuan.audit.entity.Actor;

import java.util.function.Supplier;

/**
 * Who is acting in this request, for the audit log. Filled where the caller is established: security's sign-in
 * (session and HTTP Basic) puts the {@link Actor}, or a {@code Supplier<Actor>} that works it out only when an entry
 * is written or read (most requests write none), in the request attribute {@link #ATTRIBUTE} (the authentication
 * mechanism runs before a JAX-RS request exists, so it uses the servlet request); the LRS gate calls
 * {@link #use(Actor)} for LRS credentials. Anything else (start-up, background work) acts as {@link Actor#SYSTEM}.
 * <p>
 * Background work started by a request (an import) takes {@link #actor()} in the request thread and passes it on:
 * there is no request scope in a worker thread.
 */
@RequestScoped
public class AuditContext {
    public static final String ATTRIBUTE = Actor.class.getName();

    @Inject
    Instance<HttpServletRequest> request;

    private Actor actor;

    /** Sets who acts in this request (an LRS credential, a test). */
    public void use(Actor actor) {
        this.actor = actor;
    }

    /** Who acts in this request; {@link Actor#SYSTEM} when nobody signed in. */
    public Actor actor() {
        if (actor != null) {
            return actor;
        }
        Object signedIn = request.isResolvable() ? request.get().getAttribute(ATTRIBUTE) : null;
        if (signedIn instanceof Supplier<?> lazy && lazy.get() instanceof Actor a) {
            actor = a;
            return a;
        }
        return signedIn instanceof Actor a ? a : Actor.SYSTEM;
    }

    /** Who acts in the current thread: the request's actor, or {@link Actor#SYSTEM} outside any request. */
    static Actor current(AuditContext context) {
        try {
            return context.actor();
        } catch (ContextNotActiveException | IllegalStateException e) {
            return Actor.SYSTEM; // no request in this thread (start-up, a timer, an executor)
        }
    }
}
