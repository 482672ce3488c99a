package vn.edu.taphuan.demo;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.edu.taphuan.xapi.control.LrsCredentials;
import vn.edu.taphuan.xapi.entity.LrsCredential;
import vn.edu.taphuan.xapi.entity.ReadScope;

import java.util.Set;
import java.util.logging.Logger;

/**
 * In the demo run, one read/write LRS credential with a documented key and secret, so any xAPI tool can be
 * pointed at {@code /xapi/} straight away (README). Created once, when it does not exist yet, with the completion
 * right for all schools (the demo district); a district admin may change that on the xAPI page.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class DemoLrsCredential extends DemoSeed {
    private static final Logger LOG = Logger.getLogger(DemoLrsCredential.class.getName());

    @Inject
    LrsCredentials credentials;

    @Inject
    @ConfigProperty(name = "taphuan.xapi.demo.key")
    String key;

    @Inject
    @ConfigProperty(name = "taphuan.xapi.demo.secret")
    String secret;

    @Inject
    @ConfigProperty(name = "taphuan.base.iri")
    String baseIri;

    @Override
    void seed() {
        if (credentials.find(key).isEmpty()) {
            // its completions count for every school of the demo district; it may void only its own statements
            credentials.createWith(key, secret, new LrsCredentials.Settings("Demo LRS client (read/write)", true, ReadScope.ALL,
                    new LrsCredential.Rights(true, Set.of(), true, false)), "demo");
        }
        LOG.info("Demo LRS: " + baseIri + "xapi/  key " + key + "  secret " + secret + "  (read/write)");
    }
}
