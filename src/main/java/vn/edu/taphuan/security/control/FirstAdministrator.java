package vn.edu.taphuan.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.edu.taphuan.platform.Migrations;
import vn.edu.taphuan.security.entity.Account;
import vn.edu.taphuan.security.entity.Role;

import java.util.logging.Logger;

/**
 * A fresh installation has nobody who could create accounts: make one district admin, {@code admin}, with a
 * random temporary password written once to the log, to be changed at first sign-in.
 */
@Singleton
@Startup
@DependsOn({"Migrations", "DemoDistrict"})
public class FirstAdministrator {
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @PostConstruct
    void ensure() {
        Migrations.takeTurn(em);
        long admins = em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.role = :role", Long.class)
                .setParameter("role", Role.DISTRICT_ADMIN).getSingleResult();
        if (admins == 0) {
            String temporary = accounts.create(new Account("admin", Role.DISTRICT_ADMIN, null, null, "Administrator"));
            LOG.warning("No district administrator existed: created 'admin' with temporary password " + temporary
                    + " — sign in and change it now.");
        }
    }
}
